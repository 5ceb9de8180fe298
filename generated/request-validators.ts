// Generated from spec/openapi.yaml by scripts/generate.mjs; do not edit.
// Change the spec (or the generator) and run `npm run generate`.

// @ts-nocheck
// Ajv 8.20.0's standalone validators of the spec's request schemas; typed in src/mock/request-schema.ts.
export const JpoAuthorizationRequest = validate21;
const schema32 = {
  type: "object",
  additionalProperties: false,
  required: ["orderInformation", "paymentInformation", "processingInformation"],
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    processingInformation: { $ref: "#/components/schemas/AuthorizationProcessingInformation" },
    paymentInformation: { $ref: "#/components/schemas/PaymentInformation" },
    orderInformation: { $ref: "#/components/schemas/AuthorizationOrderInformation" },
  },
};
const schema33 = {
  type: "object",
  additionalProperties: false,
  properties: {
    code: { type: "string", minLength: 1, maxLength: 50 },
    transactionId: { type: "string", minLength: 1, maxLength: 30, pattern: "^[0-9A-Za-z_-]+$" },
  },
};
const func1 = ucs2length;
const pattern4 = new RegExp("^[0-9A-Za-z_-]+$", "u");
const schema34 = {
  type: "object",
  additionalProperties: false,
  required: ["japanPaymentOptions"],
  properties: {
    capture: { type: "boolean", default: false },
    japanPaymentOptions: { $ref: "#/components/schemas/JapanPaymentOptions" },
  },
};
const schema35 = {
  type: "object",
  oneOf: [
    { $ref: "#/components/schemas/JpoSinglePayment" },
    { $ref: "#/components/schemas/JpoBonusPayment" },
    { $ref: "#/components/schemas/JpoBonusInstallmentPayment" },
    { $ref: "#/components/schemas/JpoInstallmentPayment" },
    { $ref: "#/components/schemas/JpoRevolvingPayment" },
  ],
  discriminator: { propertyName: "paymentMethod" },
};
const schema36 = {
  type: "object",
  additionalProperties: false,
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  properties: {
    paymentMethod: { type: "string", enum: ["10"] },
    businessName: { $ref: "#/components/schemas/BusinessName" },
    businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
    businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
    terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
    jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
    preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
  },
};
const schema37 = { type: "string", minLength: 1, maxLength: 25 };
const schema38 = {
  type: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
};
const schema39 = { type: "string", minLength: 1, maxLength: 25, pattern: "^[A-Za-z0-9 ]+$" };
const schema40 = { type: "string", pattern: "^[0-9]{13}$", minLength: 13, maxLength: 13 };
const schema41 = { type: "string", minLength: 1, maxLength: 69 };
const schema42 = { type: "string", enum: ["0", "1", "2", "3", "4", "5", "6"] };
const pattern5 = new RegExp(
  "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
  "u",
);
const pattern6 = new RegExp("^[A-Za-z0-9 ]+$", "u");
const pattern7 = new RegExp("^[0-9]{13}$", "u");
function validate24(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.paymentMethod === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paymentMethod" },
        message: "must have required property '" + "paymentMethod" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.businessName === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessName" },
        message: "must have required property '" + "businessName" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.businessNameKatakana === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameKatakana" },
        message: "must have required property '" + "businessNameKatakana" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.businessNameAlphaNumeric === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameAlphaNumeric" },
        message: "must have required property '" + "businessNameAlphaNumeric" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "paymentMethod" ||
        key0 === "businessName" ||
        key0 === "businessNameKatakana" ||
        key0 === "businessNameAlphaNumeric" ||
        key0 === "terminalId" ||
        key0 === "jis2TrackData" ||
        key0 === "preapprovalType"
      )) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.paymentMethod !== undefined) {
      let data0 = data.paymentMethod;
      if (typeof data0 !== "string") {
        const err5 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "10")) {
        const err6 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/enum",
          keyword: "enum",
          params: { allowedValues: schema36.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.businessName !== undefined) {
      let data1 = data.businessName;
      if (typeof data1 === "string") {
        if (func1(data1) > 25) {
          const err7 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/businessName",
          schemaPath: "#/components/schemas/BusinessName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.businessNameKatakana !== undefined) {
      let data2 = data.businessNameKatakana;
      if (typeof data2 === "string") {
        if (func1(data2) > 25) {
          const err10 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err11 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err12 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern: "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
            },
            message:
              'must match pattern "' +
              "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/businessNameKatakana",
          schemaPath: "#/components/schemas/BusinessNameKatakana/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.businessNameAlphaNumeric !== undefined) {
      let data3 = data.businessNameAlphaNumeric;
      if (typeof data3 === "string") {
        if (func1(data3) > 25) {
          const err14 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err15 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern6.test(data3)) {
          const err16 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9 ]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9 ]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/businessNameAlphaNumeric",
          schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.terminalId !== undefined) {
      let data4 = data.terminalId;
      if (typeof data4 === "string") {
        if (func1(data4) > 13) {
          const err18 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data4) < 13) {
          const err19 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/minLength",
            keyword: "minLength",
            params: { limit: 13 },
            message: "must NOT have fewer than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern7.test(data4)) {
          const err20 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data5 = data.jis2TrackData;
      if (typeof data5 === "string") {
        if (func1(data5) > 69) {
          const err22 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err23 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data6 = data.preapprovalType;
      if (typeof data6 !== "string") {
        const err25 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(
        data6 === "0" ||
        data6 === "1" ||
        data6 === "2" ||
        data6 === "3" ||
        data6 === "4" ||
        data6 === "5" ||
        data6 === "6"
      )) {
        const err26 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema42.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema43 = {
  type: "object",
  additionalProperties: false,
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  properties: {
    paymentMethod: { type: "string", enum: ["21", "22", "23", "24"] },
    bonuses: { $ref: "#/components/schemas/JpoBonuses" },
    businessName: { $ref: "#/components/schemas/BusinessName" },
    businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
    businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
    terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
    jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
    preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
  },
};
const schema44 = {
  type: "array",
  minItems: 1,
  maxItems: 6,
  items: { $ref: "#/components/schemas/JpoBonus" },
};
const schema45 = {
  type: "object",
  additionalProperties: false,
  required: ["month", "amount"],
  properties: {
    month: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
    amount: { type: "string", pattern: "^[1-9][0-9]{0,7}$", maxLength: 8 },
  },
};
const pattern8 = new RegExp("^(0?[1-9]|1[0-2])$", "u");
const pattern9 = new RegExp("^[1-9][0-9]{0,7}$", "u");
function validate26(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    if (data.length > 6) {
      const err0 = {
        instancePath,
        schemaPath: "#/maxItems",
        keyword: "maxItems",
        params: { limit: 6 },
        message: "must NOT have more than 6 items",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 1) {
      const err1 = {
        instancePath,
        schemaPath: "#/minItems",
        keyword: "minItems",
        params: { limit: 1 },
        message: "must NOT have fewer than 1 items",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.month === undefined) {
          const err2 = {
            instancePath: instancePath + "/" + i0,
            schemaPath: "#/components/schemas/JpoBonus/required",
            keyword: "required",
            params: { missingProperty: "month" },
            message: "must have required property '" + "month" + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0.amount === undefined) {
          const err3 = {
            instancePath: instancePath + "/" + i0,
            schemaPath: "#/components/schemas/JpoBonus/required",
            keyword: "required",
            params: { missingProperty: "amount" },
            message: "must have required property '" + "amount" + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "month" || key0 === "amount")) {
            const err4 = {
              instancePath: instancePath + "/" + i0,
              schemaPath: "#/components/schemas/JpoBonus/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key0 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.month !== undefined) {
          let data1 = data0.month;
          if (typeof data1 === "string") {
            if (func1(data1) > 2) {
              const err5 = {
                instancePath: instancePath + "/" + i0 + "/month",
                schemaPath: "#/components/schemas/JpoBonus/properties/month/maxLength",
                keyword: "maxLength",
                params: { limit: 2 },
                message: "must NOT have more than 2 characters",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern8.test(data1)) {
              const err6 = {
                instancePath: instancePath + "/" + i0 + "/month",
                schemaPath: "#/components/schemas/JpoBonus/properties/month/pattern",
                keyword: "pattern",
                params: { pattern: "^(0?[1-9]|1[0-2])$" },
                message: 'must match pattern "' + "^(0?[1-9]|1[0-2])$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/" + i0 + "/month",
              schemaPath: "#/components/schemas/JpoBonus/properties/month/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.amount !== undefined) {
          let data2 = data0.amount;
          if (typeof data2 === "string") {
            if (func1(data2) > 8) {
              const err8 = {
                instancePath: instancePath + "/" + i0 + "/amount",
                schemaPath: "#/components/schemas/JpoBonus/properties/amount/maxLength",
                keyword: "maxLength",
                params: { limit: 8 },
                message: "must NOT have more than 8 characters",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern9.test(data2)) {
              const err9 = {
                instancePath: instancePath + "/" + i0 + "/amount",
                schemaPath: "#/components/schemas/JpoBonus/properties/amount/pattern",
                keyword: "pattern",
                params: { pattern: "^[1-9][0-9]{0,7}$" },
                message: 'must match pattern "' + "^[1-9][0-9]{0,7}$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/" + i0 + "/amount",
              schemaPath: "#/components/schemas/JpoBonus/properties/amount/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/" + i0,
          schemaPath: "#/components/schemas/JpoBonus/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "array" },
      message: "must be array",
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate25(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.paymentMethod === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paymentMethod" },
        message: "must have required property '" + "paymentMethod" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.businessName === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessName" },
        message: "must have required property '" + "businessName" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.businessNameKatakana === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameKatakana" },
        message: "must have required property '" + "businessNameKatakana" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.businessNameAlphaNumeric === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameAlphaNumeric" },
        message: "must have required property '" + "businessNameAlphaNumeric" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "paymentMethod" ||
        key0 === "bonuses" ||
        key0 === "businessName" ||
        key0 === "businessNameKatakana" ||
        key0 === "businessNameAlphaNumeric" ||
        key0 === "terminalId" ||
        key0 === "jis2TrackData" ||
        key0 === "preapprovalType"
      )) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.paymentMethod !== undefined) {
      let data0 = data.paymentMethod;
      if (typeof data0 !== "string") {
        const err5 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "21" || data0 === "22" || data0 === "23" || data0 === "24")) {
        const err6 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/enum",
          keyword: "enum",
          params: { allowedValues: schema43.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.bonuses !== undefined) {
      if (
        !validate26(data.bonuses, {
          instancePath: instancePath + "/bonuses",
          parentData: data,
          parentDataProperty: "bonuses",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.businessName !== undefined) {
      let data2 = data.businessName;
      if (typeof data2 === "string") {
        if (func1(data2) > 25) {
          const err7 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err8 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/businessName",
          schemaPath: "#/components/schemas/BusinessName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.businessNameKatakana !== undefined) {
      let data3 = data.businessNameKatakana;
      if (typeof data3 === "string") {
        if (func1(data3) > 25) {
          const err10 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err11 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern5.test(data3)) {
          const err12 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern: "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
            },
            message:
              'must match pattern "' +
              "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/businessNameKatakana",
          schemaPath: "#/components/schemas/BusinessNameKatakana/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.businessNameAlphaNumeric !== undefined) {
      let data4 = data.businessNameAlphaNumeric;
      if (typeof data4 === "string") {
        if (func1(data4) > 25) {
          const err14 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err15 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern6.test(data4)) {
          const err16 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9 ]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9 ]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/businessNameAlphaNumeric",
          schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.terminalId !== undefined) {
      let data5 = data.terminalId;
      if (typeof data5 === "string") {
        if (func1(data5) > 13) {
          const err18 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data5) < 13) {
          const err19 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/minLength",
            keyword: "minLength",
            params: { limit: 13 },
            message: "must NOT have fewer than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern7.test(data5)) {
          const err20 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data6 = data.jis2TrackData;
      if (typeof data6 === "string") {
        if (func1(data6) > 69) {
          const err22 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func1(data6) < 1) {
          const err23 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data7 = data.preapprovalType;
      if (typeof data7 !== "string") {
        const err25 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(
        data7 === "0" ||
        data7 === "1" ||
        data7 === "2" ||
        data7 === "3" ||
        data7 === "4" ||
        data7 === "5" ||
        data7 === "6"
      )) {
        const err26 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema42.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema52 = {
  type: "object",
  additionalProperties: false,
  required: [
    "paymentMethod",
    "installments",
    "bonuses",
    "businessName",
    "businessNameKatakana",
    "businessNameAlphaNumeric",
  ],
  properties: {
    paymentMethod: { type: "string", enum: ["31", "32", "33", "34"] },
    installments: { $ref: "#/components/schemas/InstallmentCount" },
    firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
    bonuses: { $ref: "#/components/schemas/JpoBonuses" },
    businessName: { $ref: "#/components/schemas/BusinessName" },
    businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
    businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
    terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
    jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
    preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
  },
};
const schema53 = { type: "string", pattern: "^(0?[1-9]|[1-9][0-9])$", maxLength: 2 };
const schema54 = { type: "string", pattern: "^(0[1-9]|1[0-2])$", minLength: 2, maxLength: 2 };
const func27 = Object.prototype.hasOwnProperty;
const pattern13 = new RegExp("^(0?[1-9]|[1-9][0-9])$", "u");
const pattern14 = new RegExp("^(0[1-9]|1[0-2])$", "u");
function validate28(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.paymentMethod === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paymentMethod" },
        message: "must have required property '" + "paymentMethod" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.installments === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "installments" },
        message: "must have required property '" + "installments" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.bonuses === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "bonuses" },
        message: "must have required property '" + "bonuses" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.businessName === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessName" },
        message: "must have required property '" + "businessName" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.businessNameKatakana === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameKatakana" },
        message: "must have required property '" + "businessNameKatakana" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.businessNameAlphaNumeric === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameAlphaNumeric" },
        message: "must have required property '" + "businessNameAlphaNumeric" + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func27.call(schema52.properties, key0)) {
        const err6 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.paymentMethod !== undefined) {
      let data0 = data.paymentMethod;
      if (typeof data0 !== "string") {
        const err7 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (!(data0 === "31" || data0 === "32" || data0 === "33" || data0 === "34")) {
        const err8 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/enum",
          keyword: "enum",
          params: { allowedValues: schema52.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.installments !== undefined) {
      let data1 = data.installments;
      if (typeof data1 === "string") {
        if (func1(data1) > 2) {
          const err9 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern13.test(data1)) {
          const err10 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/installments",
          schemaPath: "#/components/schemas/InstallmentCount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.firstBillingMonth !== undefined) {
      let data2 = data.firstBillingMonth;
      if (typeof data2 === "string") {
        if (func1(data2) > 2) {
          const err12 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func1(data2) < 2) {
          const err13 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern14.test(data2)) {
          const err14 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/firstBillingMonth",
          schemaPath: "#/components/schemas/FirstBillingMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.bonuses !== undefined) {
      if (
        !validate26(data.bonuses, {
          instancePath: instancePath + "/bonuses",
          parentData: data,
          parentDataProperty: "bonuses",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.businessName !== undefined) {
      let data4 = data.businessName;
      if (typeof data4 === "string") {
        if (func1(data4) > 25) {
          const err16 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err17 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/businessName",
          schemaPath: "#/components/schemas/BusinessName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.businessNameKatakana !== undefined) {
      let data5 = data.businessNameKatakana;
      if (typeof data5 === "string") {
        if (func1(data5) > 25) {
          const err19 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err20 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern5.test(data5)) {
          const err21 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern: "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
            },
            message:
              'must match pattern "' +
              "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/businessNameKatakana",
          schemaPath: "#/components/schemas/BusinessNameKatakana/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.businessNameAlphaNumeric !== undefined) {
      let data6 = data.businessNameAlphaNumeric;
      if (typeof data6 === "string") {
        if (func1(data6) > 25) {
          const err23 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (func1(data6) < 1) {
          const err24 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern6.test(data6)) {
          const err25 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9 ]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9 ]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/businessNameAlphaNumeric",
          schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.terminalId !== undefined) {
      let data7 = data.terminalId;
      if (typeof data7 === "string") {
        if (func1(data7) > 13) {
          const err27 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data7) < 13) {
          const err28 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/minLength",
            keyword: "minLength",
            params: { limit: 13 },
            message: "must NOT have fewer than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        if (!pattern7.test(data7)) {
          const err29 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = {
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data8 = data.jis2TrackData;
      if (typeof data8 === "string") {
        if (func1(data8) > 69) {
          const err31 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
        if (func1(data8) < 1) {
          const err32 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = {
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data9 = data.preapprovalType;
      if (typeof data9 !== "string") {
        const err34 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (!(
        data9 === "0" ||
        data9 === "1" ||
        data9 === "2" ||
        data9 === "3" ||
        data9 === "4" ||
        data9 === "5" ||
        data9 === "6"
      )) {
        const err35 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema42.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema61 = {
  type: "object",
  additionalProperties: false,
  required: [
    "paymentMethod",
    "installments",
    "businessName",
    "businessNameKatakana",
    "businessNameAlphaNumeric",
  ],
  properties: {
    paymentMethod: { type: "string", enum: ["61"] },
    installments: { $ref: "#/components/schemas/InstallmentCount" },
    firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
    businessName: { $ref: "#/components/schemas/BusinessName" },
    businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
    businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
    terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
    jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
    preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
  },
};
function validate30(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.paymentMethod === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paymentMethod" },
        message: "must have required property '" + "paymentMethod" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.installments === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "installments" },
        message: "must have required property '" + "installments" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.businessName === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessName" },
        message: "must have required property '" + "businessName" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.businessNameKatakana === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameKatakana" },
        message: "must have required property '" + "businessNameKatakana" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.businessNameAlphaNumeric === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameAlphaNumeric" },
        message: "must have required property '" + "businessNameAlphaNumeric" + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func27.call(schema61.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.paymentMethod !== undefined) {
      let data0 = data.paymentMethod;
      if (typeof data0 !== "string") {
        const err6 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data0 === "61")) {
        const err7 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/enum",
          keyword: "enum",
          params: { allowedValues: schema61.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.installments !== undefined) {
      let data1 = data.installments;
      if (typeof data1 === "string") {
        if (func1(data1) > 2) {
          const err8 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern13.test(data1)) {
          const err9 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/installments",
          schemaPath: "#/components/schemas/InstallmentCount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.firstBillingMonth !== undefined) {
      let data2 = data.firstBillingMonth;
      if (typeof data2 === "string") {
        if (func1(data2) > 2) {
          const err11 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data2) < 2) {
          const err12 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern14.test(data2)) {
          const err13 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/firstBillingMonth",
          schemaPath: "#/components/schemas/FirstBillingMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.businessName !== undefined) {
      let data3 = data.businessName;
      if (typeof data3 === "string") {
        if (func1(data3) > 25) {
          const err15 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err16 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/businessName",
          schemaPath: "#/components/schemas/BusinessName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.businessNameKatakana !== undefined) {
      let data4 = data.businessNameKatakana;
      if (typeof data4 === "string") {
        if (func1(data4) > 25) {
          const err18 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data4) < 1) {
          const err19 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err20 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern: "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
            },
            message:
              'must match pattern "' +
              "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/businessNameKatakana",
          schemaPath: "#/components/schemas/BusinessNameKatakana/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.businessNameAlphaNumeric !== undefined) {
      let data5 = data.businessNameAlphaNumeric;
      if (typeof data5 === "string") {
        if (func1(data5) > 25) {
          const err22 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err23 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err24 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9 ]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9 ]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = {
          instancePath: instancePath + "/businessNameAlphaNumeric",
          schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.terminalId !== undefined) {
      let data6 = data.terminalId;
      if (typeof data6 === "string") {
        if (func1(data6) > 13) {
          const err26 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (func1(data6) < 13) {
          const err27 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/minLength",
            keyword: "minLength",
            params: { limit: 13 },
            message: "must NOT have fewer than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (!pattern7.test(data6)) {
          const err28 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = {
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data7 = data.jis2TrackData;
      if (typeof data7 === "string") {
        if (func1(data7) > 69) {
          const err30 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (func1(data7) < 1) {
          const err31 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data8 = data.preapprovalType;
      if (typeof data8 !== "string") {
        const err33 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (!(
        data8 === "0" ||
        data8 === "1" ||
        data8 === "2" ||
        data8 === "3" ||
        data8 === "4" ||
        data8 === "5" ||
        data8 === "6"
      )) {
        const err34 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema42.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema70 = {
  type: "object",
  additionalProperties: false,
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  properties: {
    paymentMethod: { type: "string", enum: ["80"] },
    businessName: { $ref: "#/components/schemas/BusinessName" },
    businessNameKatakana: { $ref: "#/components/schemas/BusinessNameKatakana" },
    businessNameAlphaNumeric: { $ref: "#/components/schemas/BusinessNameAlphaNumeric" },
    terminalId: { $ref: "#/components/schemas/JccaTerminalId" },
    jis2TrackData: { $ref: "#/components/schemas/Jis2TrackData" },
    preapprovalType: { $ref: "#/components/schemas/PreapprovalType" },
  },
};
function validate31(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.paymentMethod === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paymentMethod" },
        message: "must have required property '" + "paymentMethod" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.businessName === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessName" },
        message: "must have required property '" + "businessName" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.businessNameKatakana === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameKatakana" },
        message: "must have required property '" + "businessNameKatakana" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.businessNameAlphaNumeric === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "businessNameAlphaNumeric" },
        message: "must have required property '" + "businessNameAlphaNumeric" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "paymentMethod" ||
        key0 === "businessName" ||
        key0 === "businessNameKatakana" ||
        key0 === "businessNameAlphaNumeric" ||
        key0 === "terminalId" ||
        key0 === "jis2TrackData" ||
        key0 === "preapprovalType"
      )) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.paymentMethod !== undefined) {
      let data0 = data.paymentMethod;
      if (typeof data0 !== "string") {
        const err5 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "80")) {
        const err6 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/enum",
          keyword: "enum",
          params: { allowedValues: schema70.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.businessName !== undefined) {
      let data1 = data.businessName;
      if (typeof data1 === "string") {
        if (func1(data1) > 25) {
          const err7 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/businessName",
          schemaPath: "#/components/schemas/BusinessName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.businessNameKatakana !== undefined) {
      let data2 = data.businessNameKatakana;
      if (typeof data2 === "string") {
        if (func1(data2) > 25) {
          const err10 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err11 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err12 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern: "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$",
            },
            message:
              'must match pattern "' +
              "^[\\u30A1-\\u30FA\\u30FC\\u30FB\\u31F0-\\u31FF\\uFF65-\\uFF9F\\u3000 ]+$" +
              '"',
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/businessNameKatakana",
          schemaPath: "#/components/schemas/BusinessNameKatakana/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.businessNameAlphaNumeric !== undefined) {
      let data3 = data.businessNameAlphaNumeric;
      if (typeof data3 === "string") {
        if (func1(data3) > 25) {
          const err14 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err15 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern6.test(data3)) {
          const err16 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z0-9 ]+$" },
            message: 'must match pattern "' + "^[A-Za-z0-9 ]+$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/businessNameAlphaNumeric",
          schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.terminalId !== undefined) {
      let data4 = data.terminalId;
      if (typeof data4 === "string") {
        if (func1(data4) > 13) {
          const err18 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func1(data4) < 13) {
          const err19 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/minLength",
            keyword: "minLength",
            params: { limit: 13 },
            message: "must NOT have fewer than 13 characters",
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern7.test(data4)) {
          const err20 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = {
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data5 = data.jis2TrackData;
      if (typeof data5 === "string") {
        if (func1(data5) > 69) {
          const err22 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err23 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data6 = data.preapprovalType;
      if (typeof data6 !== "string") {
        const err25 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (!(
        data6 === "0" ||
        data6 === "1" ||
        data6 === "2" ||
        data6 === "3" ||
        data6 === "4" ||
        data6 === "5" ||
        data6 === "6"
      )) {
        const err26 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema42.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate23(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    const tag0 = data.paymentMethod;
    if (typeof tag0 == "string") {
      if (tag0 === "10") {
        if (
          !validate24(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
          errors = vErrors.length;
        }
        var props0 = true;
      } else if (tag0 === "21") {
        if (
          !validate25(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "22") {
        if (
          !validate25(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "23") {
        if (
          !validate25(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "24") {
        if (
          !validate25(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "31") {
        if (
          !validate28(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "32") {
        if (
          !validate28(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "33") {
        if (
          !validate28(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "34") {
        if (
          !validate28(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "61") {
        if (
          !validate30(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "80") {
        if (
          !validate31(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else {
        const err0 = {
          instancePath,
          schemaPath: "#/discriminator",
          keyword: "discriminator",
          params: { error: "mapping", tag: "paymentMethod", tagValue: tag0 },
          message: 'value of tag "paymentMethod" must be in oneOf',
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    } else {
      const err1 = {
        instancePath,
        schemaPath: "#/discriminator",
        keyword: "discriminator",
        params: { error: "tag", tag: "paymentMethod", tagValue: tag0 },
        message: 'tag "paymentMethod" must be string',
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate23.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate23.evaluated = { dynamicProps: true, dynamicItems: false };
function validate22(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.japanPaymentOptions === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "japanPaymentOptions" },
        message: "must have required property '" + "japanPaymentOptions" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "capture" || key0 === "japanPaymentOptions")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.capture !== undefined) {
      if (typeof data.capture !== "boolean") {
        const err2 = {
          instancePath: instancePath + "/capture",
          schemaPath: "#/properties/capture/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.japanPaymentOptions !== undefined) {
      if (
        !validate23(data.japanPaymentOptions, {
          instancePath: instancePath + "/japanPaymentOptions",
          parentData: data,
          parentDataProperty: "japanPaymentOptions",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema77 = {
  type: "object",
  additionalProperties: false,
  required: ["card"],
  properties: { card: { $ref: "#/components/schemas/Card" } },
};
const schema78 = {
  type: "object",
  additionalProperties: false,
  required: ["number", "expirationMonth", "expirationYear", "type"],
  properties: {
    number: { type: "string", pattern: "^[0-9]{12,19}$", maxLength: 20 },
    expirationMonth: { $ref: "#/components/schemas/TwoDigitMonth" },
    expirationYear: { type: "string", pattern: "^[0-9]{4}$", minLength: 4, maxLength: 4 },
    type: { $ref: "#/components/schemas/CardTypeCode" },
    securityCode: { type: "string", pattern: "^[0-9]{3,4}$", maxLength: 4 },
  },
};
const schema79 = { type: "string", pattern: "^(0[1-9]|1[0-2])$", minLength: 2, maxLength: 2 };
const schema80 = {
  type: "string",
  enum: ["001", "002", "003", "004", "005", "006", "007", "024", "036", "039", "042", "062"],
};
const pattern26 = new RegExp("^[0-9]{12,19}$", "u");
const pattern28 = new RegExp("^[0-9]{4}$", "u");
const pattern29 = new RegExp("^[0-9]{3,4}$", "u");
function validate46(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.number === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "number" },
        message: "must have required property '" + "number" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.expirationMonth === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "expirationMonth" },
        message: "must have required property '" + "expirationMonth" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expirationYear === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "expirationYear" },
        message: "must have required property '" + "expirationYear" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property '" + "type" + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "number" ||
        key0 === "expirationMonth" ||
        key0 === "expirationYear" ||
        key0 === "type" ||
        key0 === "securityCode"
      )) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.number !== undefined) {
      let data0 = data.number;
      if (typeof data0 === "string") {
        if (func1(data0) > 20) {
          const err5 = {
            instancePath: instancePath + "/number",
            schemaPath: "#/properties/number/maxLength",
            keyword: "maxLength",
            params: { limit: 20 },
            message: "must NOT have more than 20 characters",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern26.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/number",
            schemaPath: "#/properties/number/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{12,19}$" },
            message: 'must match pattern "' + "^[0-9]{12,19}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/number",
          schemaPath: "#/properties/number/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.expirationMonth !== undefined) {
      let data1 = data.expirationMonth;
      if (typeof data1 === "string") {
        if (func1(data1) > 2) {
          const err8 = {
            instancePath: instancePath + "/expirationMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data1) < 2) {
          const err9 = {
            instancePath: instancePath + "/expirationMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern14.test(data1)) {
          const err10 = {
            instancePath: instancePath + "/expirationMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/expirationMonth",
          schemaPath: "#/components/schemas/TwoDigitMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.expirationYear !== undefined) {
      let data2 = data.expirationYear;
      if (typeof data2 === "string") {
        if (func1(data2) > 4) {
          const err12 = {
            instancePath: instancePath + "/expirationYear",
            schemaPath: "#/properties/expirationYear/maxLength",
            keyword: "maxLength",
            params: { limit: 4 },
            message: "must NOT have more than 4 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func1(data2) < 4) {
          const err13 = {
            instancePath: instancePath + "/expirationYear",
            schemaPath: "#/properties/expirationYear/minLength",
            keyword: "minLength",
            params: { limit: 4 },
            message: "must NOT have fewer than 4 characters",
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern28.test(data2)) {
          const err14 = {
            instancePath: instancePath + "/expirationYear",
            schemaPath: "#/properties/expirationYear/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{4}$" },
            message: 'must match pattern "' + "^[0-9]{4}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/expirationYear",
          schemaPath: "#/properties/expirationYear/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.type !== undefined) {
      let data3 = data.type;
      if (typeof data3 !== "string") {
        const err16 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/components/schemas/CardTypeCode/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(
        data3 === "001" ||
        data3 === "002" ||
        data3 === "003" ||
        data3 === "004" ||
        data3 === "005" ||
        data3 === "006" ||
        data3 === "007" ||
        data3 === "024" ||
        data3 === "036" ||
        data3 === "039" ||
        data3 === "042" ||
        data3 === "062"
      )) {
        const err17 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/components/schemas/CardTypeCode/enum",
          keyword: "enum",
          params: { allowedValues: schema80.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.securityCode !== undefined) {
      let data4 = data.securityCode;
      if (typeof data4 === "string") {
        if (func1(data4) > 4) {
          const err18 = {
            instancePath: instancePath + "/securityCode",
            schemaPath: "#/properties/securityCode/maxLength",
            keyword: "maxLength",
            params: { limit: 4 },
            message: "must NOT have more than 4 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern29.test(data4)) {
          const err19 = {
            instancePath: instancePath + "/securityCode",
            schemaPath: "#/properties/securityCode/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{3,4}$" },
            message: 'must match pattern "' + "^[0-9]{3,4}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/securityCode",
          schemaPath: "#/properties/securityCode/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate45(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.card === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "card" },
        message: "must have required property '" + "card" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "card")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.card !== undefined) {
      if (
        !validate46(data.card, {
          instancePath: instancePath + "/card",
          parentData: data,
          parentDataProperty: "card",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema81 = {
  type: "object",
  additionalProperties: false,
  required: ["amountDetails", "billTo"],
  properties: {
    amountDetails: { $ref: "#/components/schemas/AmountDetails" },
    billTo: { $ref: "#/components/schemas/BillTo" },
    invoiceDetails: {
      type: "object",
      additionalProperties: false,
      properties: { salesSlipNumber: { type: "integer", minimum: 1, maximum: 99999 } },
    },
  },
};
const schema85 = {
  type: "object",
  additionalProperties: false,
  required: [
    "firstName",
    "lastName",
    "address1",
    "locality",
    "administrativeArea",
    "postalCode",
    "country",
    "email",
  ],
  properties: {
    firstName: { type: "string", minLength: 1, maxLength: 60 },
    lastName: { type: "string", minLength: 1, maxLength: 60 },
    address1: { type: "string", minLength: 1, maxLength: 60 },
    address2: { type: "string", maxLength: 60 },
    locality: { type: "string", minLength: 1, maxLength: 50 },
    administrativeArea: { type: "string", minLength: 1, maxLength: 20 },
    postalCode: { type: "string", minLength: 1, maxLength: 10 },
    country: { type: "string", pattern: "^[A-Za-z]{2}$", minLength: 2, maxLength: 2 },
    email: { type: "string", format: "email", minLength: 3, maxLength: 255 },
  },
};
const schema82 = {
  type: "object",
  additionalProperties: false,
  required: ["totalAmount", "currency"],
  properties: {
    totalAmount: { $ref: "#/components/schemas/YenAmount" },
    currency: { $ref: "#/components/schemas/Currency" },
  },
};
const schema83 = { type: "string", pattern: "^(0|[1-9][0-9]*)$", maxLength: 12 };
const schema84 = { type: "string", enum: ["JPY"] };
const pattern30 = new RegExp("^(0|[1-9][0-9]*)$", "u");
function validate50(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.totalAmount === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "totalAmount" },
        message: "must have required property '" + "totalAmount" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.currency === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "currency" },
        message: "must have required property '" + "currency" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "totalAmount" || key0 === "currency")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.totalAmount !== undefined) {
      let data0 = data.totalAmount;
      if (typeof data0 === "string") {
        if (func1(data0) > 12) {
          const err3 = {
            instancePath: instancePath + "/totalAmount",
            schemaPath: "#/components/schemas/YenAmount/maxLength",
            keyword: "maxLength",
            params: { limit: 12 },
            message: "must NOT have more than 12 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern30.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/totalAmount",
            schemaPath: "#/components/schemas/YenAmount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0|[1-9][0-9]*)$" },
            message: 'must match pattern "' + "^(0|[1-9][0-9]*)$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/totalAmount",
          schemaPath: "#/components/schemas/YenAmount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.currency !== undefined) {
      let data1 = data.currency;
      if (typeof data1 !== "string") {
        const err6 = {
          instancePath: instancePath + "/currency",
          schemaPath: "#/components/schemas/Currency/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data1 === "JPY")) {
        const err7 = {
          instancePath: instancePath + "/currency",
          schemaPath: "#/components/schemas/Currency/enum",
          keyword: "enum",
          params: { allowedValues: schema84.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pattern31 = new RegExp("^[A-Za-z]{2}$", "u");
const formats0 =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
function validate49(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.amountDetails === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "amountDetails" },
        message: "must have required property '" + "amountDetails" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.billTo === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "billTo" },
        message: "must have required property '" + "billTo" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "amountDetails" || key0 === "billTo" || key0 === "invoiceDetails")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.amountDetails !== undefined) {
      if (
        !validate50(data.amountDetails, {
          instancePath: instancePath + "/amountDetails",
          parentData: data,
          parentDataProperty: "amountDetails",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.billTo !== undefined) {
      let data1 = data.billTo;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.firstName === undefined) {
          const err3 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "firstName" },
            message: "must have required property '" + "firstName" + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data1.lastName === undefined) {
          const err4 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "lastName" },
            message: "must have required property '" + "lastName" + "'",
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.address1 === undefined) {
          const err5 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "address1" },
            message: "must have required property '" + "address1" + "'",
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.locality === undefined) {
          const err6 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "locality" },
            message: "must have required property '" + "locality" + "'",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.administrativeArea === undefined) {
          const err7 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "administrativeArea" },
            message: "must have required property '" + "administrativeArea" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.postalCode === undefined) {
          const err8 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "postalCode" },
            message: "must have required property '" + "postalCode" + "'",
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data1.country === undefined) {
          const err9 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "country" },
            message: "must have required property '" + "country" + "'",
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (data1.email === undefined) {
          const err10 = {
            instancePath: instancePath + "/billTo",
            schemaPath: "#/components/schemas/BillTo/required",
            keyword: "required",
            params: { missingProperty: "email" },
            message: "must have required property '" + "email" + "'",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!func27.call(schema85.properties, key1)) {
            const err11 = {
              instancePath: instancePath + "/billTo",
              schemaPath: "#/components/schemas/BillTo/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.firstName !== undefined) {
          let data2 = data1.firstName;
          if (typeof data2 === "string") {
            if (func1(data2) > 60) {
              const err12 = {
                instancePath: instancePath + "/billTo/firstName",
                schemaPath: "#/components/schemas/BillTo/properties/firstName/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
              };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func1(data2) < 1) {
              const err13 = {
                instancePath: instancePath + "/billTo/firstName",
                schemaPath: "#/components/schemas/BillTo/properties/firstName/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/billTo/firstName",
              schemaPath: "#/components/schemas/BillTo/properties/firstName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.lastName !== undefined) {
          let data3 = data1.lastName;
          if (typeof data3 === "string") {
            if (func1(data3) > 60) {
              const err15 = {
                instancePath: instancePath + "/billTo/lastName",
                schemaPath: "#/components/schemas/BillTo/properties/lastName/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
              };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (func1(data3) < 1) {
              const err16 = {
                instancePath: instancePath + "/billTo/lastName",
                schemaPath: "#/components/schemas/BillTo/properties/lastName/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/billTo/lastName",
              schemaPath: "#/components/schemas/BillTo/properties/lastName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.address1 !== undefined) {
          let data4 = data1.address1;
          if (typeof data4 === "string") {
            if (func1(data4) > 60) {
              const err18 = {
                instancePath: instancePath + "/billTo/address1",
                schemaPath: "#/components/schemas/BillTo/properties/address1/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err19 = {
                instancePath: instancePath + "/billTo/address1",
                schemaPath: "#/components/schemas/BillTo/properties/address1/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = {
              instancePath: instancePath + "/billTo/address1",
              schemaPath: "#/components/schemas/BillTo/properties/address1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data1.address2 !== undefined) {
          let data5 = data1.address2;
          if (typeof data5 === "string") {
            if (func1(data5) > 60) {
              const err21 = {
                instancePath: instancePath + "/billTo/address2",
                schemaPath: "#/components/schemas/BillTo/properties/address2/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = {
              instancePath: instancePath + "/billTo/address2",
              schemaPath: "#/components/schemas/BillTo/properties/address2/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data1.locality !== undefined) {
          let data6 = data1.locality;
          if (typeof data6 === "string") {
            if (func1(data6) > 50) {
              const err23 = {
                instancePath: instancePath + "/billTo/locality",
                schemaPath: "#/components/schemas/BillTo/properties/locality/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err24 = {
                instancePath: instancePath + "/billTo/locality",
                schemaPath: "#/components/schemas/BillTo/properties/locality/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/billTo/locality",
              schemaPath: "#/components/schemas/BillTo/properties/locality/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data1.administrativeArea !== undefined) {
          let data7 = data1.administrativeArea;
          if (typeof data7 === "string") {
            if (func1(data7) > 20) {
              const err26 = {
                instancePath: instancePath + "/billTo/administrativeArea",
                schemaPath: "#/components/schemas/BillTo/properties/administrativeArea/maxLength",
                keyword: "maxLength",
                params: { limit: 20 },
                message: "must NOT have more than 20 characters",
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (func1(data7) < 1) {
              const err27 = {
                instancePath: instancePath + "/billTo/administrativeArea",
                schemaPath: "#/components/schemas/BillTo/properties/administrativeArea/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = {
              instancePath: instancePath + "/billTo/administrativeArea",
              schemaPath: "#/components/schemas/BillTo/properties/administrativeArea/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data1.postalCode !== undefined) {
          let data8 = data1.postalCode;
          if (typeof data8 === "string") {
            if (func1(data8) > 10) {
              const err29 = {
                instancePath: instancePath + "/billTo/postalCode",
                schemaPath: "#/components/schemas/BillTo/properties/postalCode/maxLength",
                keyword: "maxLength",
                params: { limit: 10 },
                message: "must NOT have more than 10 characters",
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (func1(data8) < 1) {
              const err30 = {
                instancePath: instancePath + "/billTo/postalCode",
                schemaPath: "#/components/schemas/BillTo/properties/postalCode/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + "/billTo/postalCode",
              schemaPath: "#/components/schemas/BillTo/properties/postalCode/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data1.country !== undefined) {
          let data9 = data1.country;
          if (typeof data9 === "string") {
            if (func1(data9) > 2) {
              const err32 = {
                instancePath: instancePath + "/billTo/country",
                schemaPath: "#/components/schemas/BillTo/properties/country/maxLength",
                keyword: "maxLength",
                params: { limit: 2 },
                message: "must NOT have more than 2 characters",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (func1(data9) < 2) {
              const err33 = {
                instancePath: instancePath + "/billTo/country",
                schemaPath: "#/components/schemas/BillTo/properties/country/minLength",
                keyword: "minLength",
                params: { limit: 2 },
                message: "must NOT have fewer than 2 characters",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (!pattern31.test(data9)) {
              const err34 = {
                instancePath: instancePath + "/billTo/country",
                schemaPath: "#/components/schemas/BillTo/properties/country/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z]{2}$" },
                message: 'must match pattern "' + "^[A-Za-z]{2}$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = {
              instancePath: instancePath + "/billTo/country",
              schemaPath: "#/components/schemas/BillTo/properties/country/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data1.email !== undefined) {
          let data10 = data1.email;
          if (typeof data10 === "string") {
            if (func1(data10) > 255) {
              const err36 = {
                instancePath: instancePath + "/billTo/email",
                schemaPath: "#/components/schemas/BillTo/properties/email/maxLength",
                keyword: "maxLength",
                params: { limit: 255 },
                message: "must NOT have more than 255 characters",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (func1(data10) < 3) {
              const err37 = {
                instancePath: instancePath + "/billTo/email",
                schemaPath: "#/components/schemas/BillTo/properties/email/minLength",
                keyword: "minLength",
                params: { limit: 3 },
                message: "must NOT have fewer than 3 characters",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (!formats0.test(data10)) {
              const err38 = {
                instancePath: instancePath + "/billTo/email",
                schemaPath: "#/components/schemas/BillTo/properties/email/format",
                keyword: "format",
                params: { format: "email" },
                message: 'must match format "' + "email" + '"',
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = {
              instancePath: instancePath + "/billTo/email",
              schemaPath: "#/components/schemas/BillTo/properties/email/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + "/billTo",
          schemaPath: "#/components/schemas/BillTo/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.invoiceDetails !== undefined) {
      let data11 = data.invoiceDetails;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key2 in data11) {
          if (!(key2 === "salesSlipNumber")) {
            const err41 = {
              instancePath: instancePath + "/invoiceDetails",
              schemaPath: "#/properties/invoiceDetails/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data11.salesSlipNumber !== undefined) {
          let data12 = data11.salesSlipNumber;
          if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
            const err42 = {
              instancePath: instancePath + "/invoiceDetails/salesSlipNumber",
              schemaPath: "#/properties/invoiceDetails/properties/salesSlipNumber/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 > 99999 || isNaN(data12)) {
              const err43 = {
                instancePath: instancePath + "/invoiceDetails/salesSlipNumber",
                schemaPath: "#/properties/invoiceDetails/properties/salesSlipNumber/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 99999 },
                message: "must be <= 99999",
              };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data12 < 1 || isNaN(data12)) {
              const err44 = {
                instancePath: instancePath + "/invoiceDetails/salesSlipNumber",
                schemaPath: "#/properties/invoiceDetails/properties/salesSlipNumber/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        }
      } else {
        const err45 = {
          instancePath: instancePath + "/invoiceDetails",
          schemaPath: "#/properties/invoiceDetails/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate21(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.orderInformation === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "orderInformation" },
        message: "must have required property '" + "orderInformation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.paymentInformation === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paymentInformation" },
        message: "must have required property '" + "paymentInformation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.processingInformation === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "processingInformation" },
        message: "must have required property '" + "processingInformation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "clientReferenceInformation" ||
        key0 === "processingInformation" ||
        key0 === "paymentInformation" ||
        key0 === "orderInformation"
      )) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.clientReferenceInformation !== undefined) {
      let data0 = data.clientReferenceInformation;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "code" || key1 === "transactionId")) {
            const err4 = {
              instancePath: instancePath + "/clientReferenceInformation",
              schemaPath: "#/components/schemas/ClientReferenceInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.code !== undefined) {
          let data1 = data0.code;
          if (typeof data1 === "string") {
            if (func1(data1) > 50) {
              const err5 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath:
                  "#/components/schemas/ClientReferenceInformation/properties/code/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err6 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath:
                  "#/components/schemas/ClientReferenceInformation/properties/code/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/clientReferenceInformation/code",
              schemaPath: "#/components/schemas/ClientReferenceInformation/properties/code/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.transactionId !== undefined) {
          let data2 = data0.transactionId;
          if (typeof data2 === "string") {
            if (func1(data2) > 30) {
              const err8 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath:
                  "#/components/schemas/ClientReferenceInformation/properties/transactionId/maxLength",
                keyword: "maxLength",
                params: { limit: 30 },
                message: "must NOT have more than 30 characters",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func1(data2) < 1) {
              const err9 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath:
                  "#/components/schemas/ClientReferenceInformation/properties/transactionId/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern4.test(data2)) {
              const err10 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath:
                  "#/components/schemas/ClientReferenceInformation/properties/transactionId/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9A-Za-z_-]+$" },
                message: 'must match pattern "' + "^[0-9A-Za-z_-]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/clientReferenceInformation/transactionId",
              schemaPath:
                "#/components/schemas/ClientReferenceInformation/properties/transactionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/clientReferenceInformation",
          schemaPath: "#/components/schemas/ClientReferenceInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.processingInformation !== undefined) {
      if (
        !validate22(data.processingInformation, {
          instancePath: instancePath + "/processingInformation",
          parentData: data,
          parentDataProperty: "processingInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.paymentInformation !== undefined) {
      if (
        !validate45(data.paymentInformation, {
          instancePath: instancePath + "/paymentInformation",
          parentData: data,
          parentDataProperty: "paymentInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
        errors = vErrors.length;
      }
    }
    if (data.orderInformation !== undefined) {
      if (
        !validate49(data.orderInformation, {
          instancePath: instancePath + "/orderInformation",
          parentData: data,
          parentDataProperty: "orderInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const CaptureRequest = validate53;
const schema86 = {
  type: "object",
  additionalProperties: false,
  required: ["orderInformation"],
  properties: {
    clientReferenceInformation: {
      type: "object",
      additionalProperties: false,
      properties: { code: { type: "string", minLength: 1, maxLength: 50 } },
    },
    orderInformation: {
      type: "object",
      additionalProperties: false,
      required: ["amountDetails"],
      properties: { amountDetails: { $ref: "#/components/schemas/AmountDetails" } },
    },
    processingInformation: {
      type: "object",
      additionalProperties: false,
      properties: { japanPaymentOptions: { $ref: "#/components/schemas/JapanCaptureOptions" } },
    },
  },
};
const schema87 = {
  type: "object",
  additionalProperties: false,
  properties: {
    paymentMethod: { $ref: "#/components/schemas/PaymentMethodCode" },
    installments: { $ref: "#/components/schemas/InstallmentCount" },
    firstBillingMonth: { $ref: "#/components/schemas/TwoDigitMonth" },
    bonuses: { type: "string", enum: ["1", "2"] },
    bonusMonth: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
    bonusAmount: { type: "string", pattern: "^[1-9][0-9]{0,7}$", maxLength: 8 },
    secondBonusMonth: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
    secondBonusAmount: { type: "string", pattern: "^[1-9][0-9]{0,7}$", maxLength: 8 },
  },
};
const schema88 = {
  type: "string",
  enum: ["10", "21", "22", "23", "24", "31", "32", "33", "34", "61", "80"],
};
function validate55(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "paymentMethod" ||
        key0 === "installments" ||
        key0 === "firstBillingMonth" ||
        key0 === "bonuses" ||
        key0 === "bonusMonth" ||
        key0 === "bonusAmount" ||
        key0 === "secondBonusMonth" ||
        key0 === "secondBonusAmount"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.paymentMethod !== undefined) {
      let data0 = data.paymentMethod;
      if (typeof data0 !== "string") {
        const err1 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/components/schemas/PaymentMethodCode/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(
        data0 === "10" ||
        data0 === "21" ||
        data0 === "22" ||
        data0 === "23" ||
        data0 === "24" ||
        data0 === "31" ||
        data0 === "32" ||
        data0 === "33" ||
        data0 === "34" ||
        data0 === "61" ||
        data0 === "80"
      )) {
        const err2 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/components/schemas/PaymentMethodCode/enum",
          keyword: "enum",
          params: { allowedValues: schema88.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.installments !== undefined) {
      let data1 = data.installments;
      if (typeof data1 === "string") {
        if (func1(data1) > 2) {
          const err3 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern13.test(data1)) {
          const err4 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/installments",
          schemaPath: "#/components/schemas/InstallmentCount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.firstBillingMonth !== undefined) {
      let data2 = data.firstBillingMonth;
      if (typeof data2 === "string") {
        if (func1(data2) > 2) {
          const err6 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data2) < 2) {
          const err7 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern14.test(data2)) {
          const err8 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/firstBillingMonth",
          schemaPath: "#/components/schemas/TwoDigitMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.bonuses !== undefined) {
      let data3 = data.bonuses;
      if (typeof data3 !== "string") {
        const err10 = {
          instancePath: instancePath + "/bonuses",
          schemaPath: "#/properties/bonuses/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data3 === "1" || data3 === "2")) {
        const err11 = {
          instancePath: instancePath + "/bonuses",
          schemaPath: "#/properties/bonuses/enum",
          keyword: "enum",
          params: { allowedValues: schema87.properties.bonuses.enum },
          message: "must be equal to one of the allowed values",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.bonusMonth !== undefined) {
      let data4 = data.bonusMonth;
      if (typeof data4 === "string") {
        if (func1(data4) > 2) {
          const err12 = {
            instancePath: instancePath + "/bonusMonth",
            schemaPath: "#/properties/bonusMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern8.test(data4)) {
          const err13 = {
            instancePath: instancePath + "/bonusMonth",
            schemaPath: "#/properties/bonusMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0?[1-9]|1[0-2])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/bonusMonth",
          schemaPath: "#/properties/bonusMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.bonusAmount !== undefined) {
      let data5 = data.bonusAmount;
      if (typeof data5 === "string") {
        if (func1(data5) > 8) {
          const err15 = {
            instancePath: instancePath + "/bonusAmount",
            schemaPath: "#/properties/bonusAmount/maxLength",
            keyword: "maxLength",
            params: { limit: 8 },
            message: "must NOT have more than 8 characters",
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern9.test(data5)) {
          const err16 = {
            instancePath: instancePath + "/bonusAmount",
            schemaPath: "#/properties/bonusAmount/pattern",
            keyword: "pattern",
            params: { pattern: "^[1-9][0-9]{0,7}$" },
            message: 'must match pattern "' + "^[1-9][0-9]{0,7}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/bonusAmount",
          schemaPath: "#/properties/bonusAmount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.secondBonusMonth !== undefined) {
      let data6 = data.secondBonusMonth;
      if (typeof data6 === "string") {
        if (func1(data6) > 2) {
          const err18 = {
            instancePath: instancePath + "/secondBonusMonth",
            schemaPath: "#/properties/secondBonusMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern8.test(data6)) {
          const err19 = {
            instancePath: instancePath + "/secondBonusMonth",
            schemaPath: "#/properties/secondBonusMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0?[1-9]|1[0-2])$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + "/secondBonusMonth",
          schemaPath: "#/properties/secondBonusMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.secondBonusAmount !== undefined) {
      let data7 = data.secondBonusAmount;
      if (typeof data7 === "string") {
        if (func1(data7) > 8) {
          const err21 = {
            instancePath: instancePath + "/secondBonusAmount",
            schemaPath: "#/properties/secondBonusAmount/maxLength",
            keyword: "maxLength",
            params: { limit: 8 },
            message: "must NOT have more than 8 characters",
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (!pattern9.test(data7)) {
          const err22 = {
            instancePath: instancePath + "/secondBonusAmount",
            schemaPath: "#/properties/secondBonusAmount/pattern",
            keyword: "pattern",
            params: { pattern: "^[1-9][0-9]{0,7}$" },
            message: 'must match pattern "' + "^[1-9][0-9]{0,7}$" + '"',
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = {
          instancePath: instancePath + "/secondBonusAmount",
          schemaPath: "#/properties/secondBonusAmount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
  } else {
    const err24 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate53(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.orderInformation === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "orderInformation" },
        message: "must have required property '" + "orderInformation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "clientReferenceInformation" ||
        key0 === "orderInformation" ||
        key0 === "processingInformation"
      )) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.clientReferenceInformation !== undefined) {
      let data0 = data.clientReferenceInformation;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "code")) {
            const err2 = {
              instancePath: instancePath + "/clientReferenceInformation",
              schemaPath: "#/properties/clientReferenceInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.code !== undefined) {
          let data1 = data0.code;
          if (typeof data1 === "string") {
            if (func1(data1) > 50) {
              const err3 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/properties/clientReferenceInformation/properties/code/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err4 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/properties/clientReferenceInformation/properties/code/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + "/clientReferenceInformation/code",
              schemaPath: "#/properties/clientReferenceInformation/properties/code/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/clientReferenceInformation",
          schemaPath: "#/properties/clientReferenceInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.orderInformation !== undefined) {
      let data2 = data.orderInformation;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.amountDetails === undefined) {
          const err7 = {
            instancePath: instancePath + "/orderInformation",
            schemaPath: "#/properties/orderInformation/required",
            keyword: "required",
            params: { missingProperty: "amountDetails" },
            message: "must have required property '" + "amountDetails" + "'",
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key2 in data2) {
          if (!(key2 === "amountDetails")) {
            const err8 = {
              instancePath: instancePath + "/orderInformation",
              schemaPath: "#/properties/orderInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.amountDetails !== undefined) {
          if (
            !validate50(data2.amountDetails, {
              instancePath: instancePath + "/orderInformation/amountDetails",
              parentData: data2,
              parentDataProperty: "amountDetails",
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/orderInformation",
          schemaPath: "#/properties/orderInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.processingInformation !== undefined) {
      let data4 = data.processingInformation;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key3 in data4) {
          if (!(key3 === "japanPaymentOptions")) {
            const err10 = {
              instancePath: instancePath + "/processingInformation",
              schemaPath: "#/properties/processingInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.japanPaymentOptions !== undefined) {
          if (
            !validate55(data4.japanPaymentOptions, {
              instancePath: instancePath + "/processingInformation/japanPaymentOptions",
              parentData: data4,
              parentDataProperty: "japanPaymentOptions",
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/processingInformation",
          schemaPath: "#/properties/processingInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const AuthorizationReversalRequest = validate57;
const schema91 = {
  type: "object",
  additionalProperties: false,
  required: ["reversalInformation"],
  properties: {
    clientReferenceInformation: {
      type: "object",
      additionalProperties: false,
      properties: { code: { type: "string", minLength: 1, maxLength: 50 } },
    },
    reversalInformation: { $ref: "#/components/schemas/ReversalInformation" },
  },
};
const schema92 = {
  type: "object",
  additionalProperties: false,
  required: ["amountDetails"],
  properties: {
    amountDetails: {
      type: "object",
      additionalProperties: false,
      required: ["totalAmount"],
      properties: {
        totalAmount: { $ref: "#/components/schemas/YenAmount" },
        currency: { $ref: "#/components/schemas/Currency" },
      },
    },
    reason: { type: "string", minLength: 1, maxLength: 50 },
  },
};
function validate58(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.amountDetails === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "amountDetails" },
        message: "must have required property '" + "amountDetails" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "amountDetails" || key0 === "reason")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.amountDetails !== undefined) {
      let data0 = data.amountDetails;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.totalAmount === undefined) {
          const err2 = {
            instancePath: instancePath + "/amountDetails",
            schemaPath: "#/properties/amountDetails/required",
            keyword: "required",
            params: { missingProperty: "totalAmount" },
            message: "must have required property '" + "totalAmount" + "'",
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "totalAmount" || key1 === "currency")) {
            const err3 = {
              instancePath: instancePath + "/amountDetails",
              schemaPath: "#/properties/amountDetails/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.totalAmount !== undefined) {
          let data1 = data0.totalAmount;
          if (typeof data1 === "string") {
            if (func1(data1) > 12) {
              const err4 = {
                instancePath: instancePath + "/amountDetails/totalAmount",
                schemaPath: "#/components/schemas/YenAmount/maxLength",
                keyword: "maxLength",
                params: { limit: 12 },
                message: "must NOT have more than 12 characters",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern30.test(data1)) {
              const err5 = {
                instancePath: instancePath + "/amountDetails/totalAmount",
                schemaPath: "#/components/schemas/YenAmount/pattern",
                keyword: "pattern",
                params: { pattern: "^(0|[1-9][0-9]*)$" },
                message: 'must match pattern "' + "^(0|[1-9][0-9]*)$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = {
              instancePath: instancePath + "/amountDetails/totalAmount",
              schemaPath: "#/components/schemas/YenAmount/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.currency !== undefined) {
          let data2 = data0.currency;
          if (typeof data2 !== "string") {
            const err7 = {
              instancePath: instancePath + "/amountDetails/currency",
              schemaPath: "#/components/schemas/Currency/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!(data2 === "JPY")) {
            const err8 = {
              instancePath: instancePath + "/amountDetails/currency",
              schemaPath: "#/components/schemas/Currency/enum",
              keyword: "enum",
              params: { allowedValues: schema84.enum },
              message: "must be equal to one of the allowed values",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/amountDetails",
          schemaPath: "#/properties/amountDetails/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.reason !== undefined) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (func1(data3) > 50) {
          const err10 = {
            instancePath: instancePath + "/reason",
            schemaPath: "#/properties/reason/maxLength",
            keyword: "maxLength",
            params: { limit: 50 },
            message: "must NOT have more than 50 characters",
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err11 = {
            instancePath: instancePath + "/reason",
            schemaPath: "#/properties/reason/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/reason",
          schemaPath: "#/properties/reason/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate57(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.reversalInformation === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "reversalInformation" },
        message: "must have required property '" + "reversalInformation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "clientReferenceInformation" || key0 === "reversalInformation")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.clientReferenceInformation !== undefined) {
      let data0 = data.clientReferenceInformation;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "code")) {
            const err2 = {
              instancePath: instancePath + "/clientReferenceInformation",
              schemaPath: "#/properties/clientReferenceInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.code !== undefined) {
          let data1 = data0.code;
          if (typeof data1 === "string") {
            if (func1(data1) > 50) {
              const err3 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/properties/clientReferenceInformation/properties/code/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err4 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/properties/clientReferenceInformation/properties/code/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = {
              instancePath: instancePath + "/clientReferenceInformation/code",
              schemaPath: "#/properties/clientReferenceInformation/properties/code/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/clientReferenceInformation",
          schemaPath: "#/properties/clientReferenceInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.reversalInformation !== undefined) {
      if (
        !validate58(data.reversalInformation, {
          instancePath: instancePath + "/reversalInformation",
          parentData: data,
          parentDataProperty: "reversalInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const TimeoutReversalRequest = validate60;
const schema95 = {
  type: "object",
  additionalProperties: false,
  required: ["clientReferenceInformation", "reversalInformation"],
  properties: {
    clientReferenceInformation: {
      type: "object",
      additionalProperties: false,
      required: ["transactionId"],
      properties: {
        transactionId: { type: "string", minLength: 1, maxLength: 30, pattern: "^[0-9A-Za-z_-]+$" },
        code: { type: "string", minLength: 1, maxLength: 50 },
      },
    },
    reversalInformation: { $ref: "#/components/schemas/ReversalInformation" },
    orderInformation: {
      type: "object",
      additionalProperties: false,
      properties: {
        amountDetails: {
          type: "object",
          additionalProperties: false,
          required: ["currency"],
          properties: { currency: { $ref: "#/components/schemas/Currency" } },
        },
      },
    },
  },
};
function validate60(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.clientReferenceInformation === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "clientReferenceInformation" },
        message: "must have required property '" + "clientReferenceInformation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reversalInformation === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "reversalInformation" },
        message: "must have required property '" + "reversalInformation" + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(
        key0 === "clientReferenceInformation" ||
        key0 === "reversalInformation" ||
        key0 === "orderInformation"
      )) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.clientReferenceInformation !== undefined) {
      let data0 = data.clientReferenceInformation;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.transactionId === undefined) {
          const err3 = {
            instancePath: instancePath + "/clientReferenceInformation",
            schemaPath: "#/properties/clientReferenceInformation/required",
            keyword: "required",
            params: { missingProperty: "transactionId" },
            message: "must have required property '" + "transactionId" + "'",
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "transactionId" || key1 === "code")) {
            const err4 = {
              instancePath: instancePath + "/clientReferenceInformation",
              schemaPath: "#/properties/clientReferenceInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.transactionId !== undefined) {
          let data1 = data0.transactionId;
          if (typeof data1 === "string") {
            if (func1(data1) > 30) {
              const err5 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath:
                  "#/properties/clientReferenceInformation/properties/transactionId/maxLength",
                keyword: "maxLength",
                params: { limit: 30 },
                message: "must NOT have more than 30 characters",
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func1(data1) < 1) {
              const err6 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath:
                  "#/properties/clientReferenceInformation/properties/transactionId/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern4.test(data1)) {
              const err7 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath:
                  "#/properties/clientReferenceInformation/properties/transactionId/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9A-Za-z_-]+$" },
                message: 'must match pattern "' + "^[0-9A-Za-z_-]+$" + '"',
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = {
              instancePath: instancePath + "/clientReferenceInformation/transactionId",
              schemaPath: "#/properties/clientReferenceInformation/properties/transactionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.code !== undefined) {
          let data2 = data0.code;
          if (typeof data2 === "string") {
            if (func1(data2) > 50) {
              const err9 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/properties/clientReferenceInformation/properties/code/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (func1(data2) < 1) {
              const err10 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/properties/clientReferenceInformation/properties/code/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/clientReferenceInformation/code",
              schemaPath: "#/properties/clientReferenceInformation/properties/code/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/clientReferenceInformation",
          schemaPath: "#/properties/clientReferenceInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.reversalInformation !== undefined) {
      if (
        !validate58(data.reversalInformation, {
          instancePath: instancePath + "/reversalInformation",
          parentData: data,
          parentDataProperty: "reversalInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
        errors = vErrors.length;
      }
    }
    if (data.orderInformation !== undefined) {
      let data4 = data.orderInformation;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key2 in data4) {
          if (!(key2 === "amountDetails")) {
            const err13 = {
              instancePath: instancePath + "/orderInformation",
              schemaPath: "#/properties/orderInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.amountDetails !== undefined) {
          let data5 = data4.amountDetails;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.currency === undefined) {
              const err14 = {
                instancePath: instancePath + "/orderInformation/amountDetails",
                schemaPath: "#/properties/orderInformation/properties/amountDetails/required",
                keyword: "required",
                params: { missingProperty: "currency" },
                message: "must have required property '" + "currency" + "'",
              };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            for (const key3 in data5) {
              if (!(key3 === "currency")) {
                const err15 = {
                  instancePath: instancePath + "/orderInformation/amountDetails",
                  schemaPath:
                    "#/properties/orderInformation/properties/amountDetails/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data5.currency !== undefined) {
              let data6 = data5.currency;
              if (typeof data6 !== "string") {
                const err16 = {
                  instancePath: instancePath + "/orderInformation/amountDetails/currency",
                  schemaPath: "#/components/schemas/Currency/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (!(data6 === "JPY")) {
                const err17 = {
                  instancePath: instancePath + "/orderInformation/amountDetails/currency",
                  schemaPath: "#/components/schemas/Currency/enum",
                  keyword: "enum",
                  params: { allowedValues: schema84.enum },
                  message: "must be equal to one of the allowed values",
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = {
              instancePath: instancePath + "/orderInformation/amountDetails",
              schemaPath: "#/properties/orderInformation/properties/amountDetails/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = {
          instancePath: instancePath + "/orderInformation",
          schemaPath: "#/properties/orderInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function ucs2length(str) {
  const len = str.length;
  let length = 0;
  let pos = 0;
  let value;
  while (pos < len) {
    length++;
    value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < len) {
      // high surrogate, and there is a next character
      value = str.charCodeAt(pos);
      if ((value & 0xfc00) === 0xdc00) pos++; // low surrogate
    }
  }
  return length;
}
