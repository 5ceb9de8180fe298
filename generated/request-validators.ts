// Generated from spec/openapi.yaml by scripts/generate.mjs; do not edit.
// Change the spec (or the generator) and run `npm run generate`.

// @ts-nocheck
// Ajv 8.20.0's standalone validators of the spec's request schemas; typed in src/mock/request-schema.ts.
export const JpoAuthorizationRequest = validate21;
const schema32 = {
  type: "object",
  additionalProperties: false,
  required: ["orderInformation", "processingInformation"],
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    processingInformation: { $ref: "#/components/schemas/AuthorizationProcessingInformation" },
    paymentInformation: { $ref: "#/components/schemas/PaymentInformation" },
    tokenInformation: { $ref: "#/components/schemas/TokenInformation" },
    orderInformation: { $ref: "#/components/schemas/AuthorizationOrderInformation" },
    buyerInformation: { $ref: "#/components/schemas/BuyerInformation" },
    deviceInformation: { $ref: "#/components/schemas/DeviceInformation" },
    merchantInformation: { $ref: "#/components/schemas/MerchantInformation" },
    merchantDefinedInformation: { $ref: "#/components/schemas/MerchantDefinedInformation" },
    pointOfSaleInformation: { $ref: "#/components/schemas/PointOfSaleInformation" },
    consumerAuthenticationInformation: {
      $ref: "#/components/schemas/ConsumerAuthenticationInformation",
    },
  },
};
const schema99 = {
  type: "object",
  additionalProperties: false,
  properties: {
    transientTokenJwt: {
      type: "string",
      minLength: 1,
      pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$",
    },
    jti: { type: "string", minLength: 1, maxLength: 64 },
    networkTokenOption: { type: "string", enum: ["ignore", "prefer"] },
  },
};
const schema108 = {
  type: "object",
  additionalProperties: false,
  properties: {
    merchantCustomerId: { type: "string", maxLength: 100, "x-warn-maxLength": 30 },
    dateOfBirth: { type: "string", pattern: "^[0-9]{8}$", maxLength: 8 },
    mobilePhone: { type: ["integer", "string"], pattern: "^[0-9]+$", minimum: 0 },
  },
};
const schema109 = {
  type: "object",
  additionalProperties: false,
  properties: {
    fingerprintSessionId: { type: "string", pattern: "^[A-Za-z0-9_-]+$", "x-severity": "warning" },
    ipAddress: { type: "string", maxLength: 48, "x-warn-maxLength": 45 },
    hostName: { type: "string", maxLength: 60 },
    userAgent: { type: "string", maxLength: 40 },
    userAgentBrowserValue: { type: "string", maxLength: 255 },
    httpAcceptBrowserValue: { type: "string", maxLength: 255 },
    httpAcceptContent: { type: "string", maxLength: 256 },
    httpBrowserLanguage: { type: "string", maxLength: 8 },
    httpBrowserJavaEnabled: { type: "boolean" },
    httpBrowserJavaScriptEnabled: { type: "boolean" },
    httpBrowserColorDepth: { type: "string", maxLength: 2 },
    httpBrowserScreenHeight: { type: "string", maxLength: 6 },
    httpBrowserScreenWidth: { type: "string", maxLength: 6 },
    httpBrowserTimeDifference: { type: "string", maxLength: 5 },
  },
};
const schema114 = {
  type: "object",
  additionalProperties: false,
  properties: {
    terminalId: { type: "string", maxLength: 8 },
    entryMode: {
      type: "string",
      enum: ["contact", "contactless", "keyed", "msd", "swiped"],
      "x-severity": "warning",
      maxLength: 11,
    },
    terminalCapability: {
      type: ["integer", "string"],
      pattern: "^[0-9]+$",
      minimum: 1,
      maximum: 5,
    },
  },
};
const schema115 = {
  type: "object",
  additionalProperties: false,
  properties: {
    cavv: { type: "string", maxLength: 40 },
    xid: { type: "string", maxLength: 40 },
    eciRaw: { type: "string", maxLength: 2 },
    ucafAuthenticationData: { type: "string", maxLength: 32 },
    ucafCollectionIndicator: { type: "string", maxLength: 1 },
    directoryServerTransactionId: { type: "string", maxLength: 36 },
    paSpecificationVersion: { type: "string", maxLength: 20 },
    authenticationTransactionId: { type: "string", maxLength: 26 },
    referenceId: { type: "string", maxLength: 50 },
    returnUrl: { type: "string", maxLength: 2048 },
    acsWindowSize: { type: "string", maxLength: 2 },
  },
};
const func1 = Object.prototype.hasOwnProperty;
const func2 = ucs2length;
const schema33 = {
  type: "object",
  additionalProperties: false,
  properties: {
    code: { $ref: "#/components/schemas/ReferenceCode" },
    transactionId: { $ref: "#/components/schemas/TransactionId" },
    comments: { type: "string" },
    partner: { $ref: "#/components/schemas/Partner" },
  },
};
const schema34 = { type: "string", minLength: 1, maxLength: 59, "x-warn-maxLength": 50 };
const schema35 = { type: "string", minLength: 1, maxLength: 30 };
const schema36 = {
  type: "object",
  additionalProperties: false,
  properties: {
    developerId: { type: "string", maxLength: 8 },
    solutionId: { type: "string", maxLength: 8 },
    thirdPartyCertificationNumber: { type: "string", maxLength: 12 },
  },
};
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
    for (const key0 in data) {
      if (!(
        key0 === "code" ||
        key0 === "transactionId" ||
        key0 === "comments" ||
        key0 === "partner"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema33,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.code !== undefined) {
      let data0 = data.code;
      if (typeof data0 === "string") {
        if (func2(data0) > 59) {
          const err1 = {
            instancePath: instancePath + "/code",
            schemaPath: "#/components/schemas/ReferenceCode/maxLength",
            keyword: "maxLength",
            params: { limit: 59 },
            message: "must NOT have more than 59 characters",
            schema: 59,
            parentSchema: schema34,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/code",
            schemaPath: "#/components/schemas/ReferenceCode/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema34,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/code",
          schemaPath: "#/components/schemas/ReferenceCode/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema34.type,
          parentSchema: schema34,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.transactionId !== undefined) {
      let data1 = data.transactionId;
      if (typeof data1 === "string") {
        if (func2(data1) > 30) {
          const err4 = {
            instancePath: instancePath + "/transactionId",
            schemaPath: "#/components/schemas/TransactionId/maxLength",
            keyword: "maxLength",
            params: { limit: 30 },
            message: "must NOT have more than 30 characters",
            schema: 30,
            parentSchema: schema35,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err5 = {
            instancePath: instancePath + "/transactionId",
            schemaPath: "#/components/schemas/TransactionId/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema35,
            data: data1,
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
          instancePath: instancePath + "/transactionId",
          schemaPath: "#/components/schemas/TransactionId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema35.type,
          parentSchema: schema35,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.comments !== undefined) {
      let data2 = data.comments;
      if (typeof data2 !== "string") {
        const err7 = {
          instancePath: instancePath + "/comments",
          schemaPath: "#/properties/comments/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.properties.comments.type,
          parentSchema: schema33.properties.comments,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.partner !== undefined) {
      let data3 = data.partner;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(
            key1 === "developerId" ||
            key1 === "solutionId" ||
            key1 === "thirdPartyCertificationNumber"
          )) {
            const err8 = {
              instancePath: instancePath + "/partner",
              schemaPath: "#/components/schemas/Partner/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema36,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.developerId !== undefined) {
          let data4 = data3.developerId;
          if (typeof data4 === "string") {
            if (func2(data4) > 8) {
              const err9 = {
                instancePath: instancePath + "/partner/developerId",
                schemaPath: "#/components/schemas/Partner/properties/developerId/maxLength",
                keyword: "maxLength",
                params: { limit: 8 },
                message: "must NOT have more than 8 characters",
                schema: 8,
                parentSchema: schema36.properties.developerId,
                data: data4,
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
              instancePath: instancePath + "/partner/developerId",
              schemaPath: "#/components/schemas/Partner/properties/developerId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema36.properties.developerId.type,
              parentSchema: schema36.properties.developerId,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.solutionId !== undefined) {
          let data5 = data3.solutionId;
          if (typeof data5 === "string") {
            if (func2(data5) > 8) {
              const err11 = {
                instancePath: instancePath + "/partner/solutionId",
                schemaPath: "#/components/schemas/Partner/properties/solutionId/maxLength",
                keyword: "maxLength",
                params: { limit: 8 },
                message: "must NOT have more than 8 characters",
                schema: 8,
                parentSchema: schema36.properties.solutionId,
                data: data5,
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
              instancePath: instancePath + "/partner/solutionId",
              schemaPath: "#/components/schemas/Partner/properties/solutionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema36.properties.solutionId.type,
              parentSchema: schema36.properties.solutionId,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.thirdPartyCertificationNumber !== undefined) {
          let data6 = data3.thirdPartyCertificationNumber;
          if (typeof data6 === "string") {
            if (func2(data6) > 12) {
              const err13 = {
                instancePath: instancePath + "/partner/thirdPartyCertificationNumber",
                schemaPath:
                  "#/components/schemas/Partner/properties/thirdPartyCertificationNumber/maxLength",
                keyword: "maxLength",
                params: { limit: 12 },
                message: "must NOT have more than 12 characters",
                schema: 12,
                parentSchema: schema36.properties.thirdPartyCertificationNumber,
                data: data6,
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
              instancePath: instancePath + "/partner/thirdPartyCertificationNumber",
              schemaPath:
                "#/components/schemas/Partner/properties/thirdPartyCertificationNumber/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema36.properties.thirdPartyCertificationNumber.type,
              parentSchema: schema36.properties.thirdPartyCertificationNumber,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/partner",
          schemaPath: "#/components/schemas/Partner/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema36.type,
          parentSchema: schema36,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema33.type,
      parentSchema: schema33,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema37 = {
  type: "object",
  additionalProperties: false,
  required: ["japanPaymentOptions"],
  properties: {
    capture: { type: "boolean", default: false },
    commerceIndicator: { $ref: "#/components/schemas/CommerceIndicator" },
    japanPaymentOptions: { $ref: "#/components/schemas/JapanPaymentOptions" },
    actionList: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/components/schemas/AuthorizationAction" },
    },
    actionTokenTypes: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/components/schemas/ActionTokenType" },
    },
  },
};
const schema38 = {
  type: "string",
  maxLength: 20,
  enum: [
    "internet",
    "vbv",
    "vbv_attempted",
    "vbv_failure",
    "moto",
    "retail",
    "recurring",
    "recurring_internet",
    "install",
    "install_internet",
  ],
  "x-severity": "warning",
};
const schema85 = {
  type: "string",
  enum: ["TOKEN_CREATE", "CONSUMER_AUTHENTICATION", "VALIDATE_CONSUMER_AUTHENTICATION"],
};
const schema86 = {
  type: "string",
  enum: ["customer", "paymentInstrument", "instrumentIdentifier", "shippingAddress"],
};
const schema39 = {
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
const schema40 = {
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
const schema41 = { type: "string", minLength: 1, maxLength: 25, pattern: "[^ 　]" };
const schema42 = {
  type: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
  "x-mock": "note",
};
const schema43 = {
  type: "string",
  minLength: 1,
  maxLength: 25,
  pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$",
};
const schema44 = { type: "string", pattern: "^[0-9]{13}$", "x-severity": "warning", maxLength: 13 };
const schema45 = { type: "string", minLength: 1, maxLength: 69 };
const schema46 = { type: "string", enum: ["0", "1", "2", "3", "4", "5", "6"] };
const pattern4 = new RegExp("[^ 　]", "u");
const pattern5 = new RegExp(
  "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
  "u",
);
const pattern6 = new RegExp("^(?=.*[^ ])[\\x20-\\x7E]+$", "u");
const pattern7 = new RegExp("^[0-9]{13}$", "u");
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.paymentMethod === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "paymentMethod" },
        message: "must have required property '" + "paymentMethod" + "'",
        schema: schema40.required,
        parentSchema: schema40,
        data,
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
        schema: schema40.required,
        parentSchema: schema40,
        data,
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
        schema: schema40.required,
        parentSchema: schema40,
        data,
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
        schema: schema40.required,
        parentSchema: schema40,
        data,
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
          schema: false,
          parentSchema: schema40,
          data,
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
          schema: schema40.properties.paymentMethod.type,
          parentSchema: schema40.properties.paymentMethod,
          data: data0,
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
          params: { allowedValues: schema40.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
          schema: schema40.properties.paymentMethod.enum,
          parentSchema: schema40.properties.paymentMethod,
          data: data0,
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
        if (func2(data1) > 25) {
          const err7 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema41,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema41,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern4.test(data1)) {
          const err9 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/pattern",
            keyword: "pattern",
            params: { pattern: "[^ 　]" },
            message: 'must match pattern "' + "[^ 　]" + '"',
            schema: "[^ 　]",
            parentSchema: schema41,
            data: data1,
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
          instancePath: instancePath + "/businessName",
          schemaPath: "#/components/schemas/BusinessName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema41.type,
          parentSchema: schema41,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.businessNameKatakana !== undefined) {
      let data2 = data.businessNameKatakana;
      if (typeof data2 === "string") {
        if (func2(data2) > 25) {
          const err11 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema42,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err12 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema42,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern5.test(data2)) {
          const err13 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            },
            message:
              'must match pattern "' +
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$" +
              '"',
            schema:
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            parentSchema: schema42,
            data: data2,
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
          instancePath: instancePath + "/businessNameKatakana",
          schemaPath: "#/components/schemas/BusinessNameKatakana/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema42.type,
          parentSchema: schema42,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.businessNameAlphaNumeric !== undefined) {
      let data3 = data.businessNameAlphaNumeric;
      if (typeof data3 === "string") {
        if (func2(data3) > 25) {
          const err15 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema43,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err16 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema43,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern6.test(data3)) {
          const err17 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$" },
            message: 'must match pattern "' + "^(?=.*[^ ])[\\x20-\\x7E]+$" + '"',
            schema: "^(?=.*[^ ])[\\x20-\\x7E]+$",
            parentSchema: schema43,
            data: data3,
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
          instancePath: instancePath + "/businessNameAlphaNumeric",
          schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema43.type,
          parentSchema: schema43,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.terminalId !== undefined) {
      let data4 = data.terminalId;
      if (typeof data4 === "string") {
        if (func2(data4) > 13) {
          const err19 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
            schema: 13,
            parentSchema: schema44,
            data: data4,
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
            schema: "^[0-9]{13}$",
            parentSchema: schema44,
            data: data4,
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
          schema: schema44.type,
          parentSchema: schema44,
          data: data4,
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
        if (func2(data5) > 69) {
          const err22 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
            schema: 69,
            parentSchema: schema45,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err23 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema45,
            data: data5,
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
          schema: schema45.type,
          parentSchema: schema45,
          data: data5,
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
          schema: schema46.type,
          parentSchema: schema46,
          data: data6,
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
          params: { allowedValues: schema46.enum },
          message: "must be equal to one of the allowed values",
          schema: schema46.enum,
          parentSchema: schema46,
          data: data6,
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
      schema: schema40.type,
      parentSchema: schema40,
      data,
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema47 = {
  type: "object",
  additionalProperties: false,
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  properties: {
    paymentMethod: { type: "string", enum: ["21", "22", "23", "24"] },
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
const schema48 = { type: "string", pattern: "^(0?[1-9]|[1-9][0-9])$", maxLength: 2 };
const schema49 = { type: "string", pattern: "^(0[1-9]|1[0-2])$", minLength: 2, maxLength: 2 };
const pattern8 = new RegExp("^(0?[1-9]|[1-9][0-9])$", "u");
const pattern9 = new RegExp("^(0[1-9]|1[0-2])$", "u");
const schema50 = {
  type: "array",
  minItems: 1,
  maxItems: 6,
  items: { $ref: "#/components/schemas/JpoBonus" },
};
const schema51 = {
  type: "object",
  additionalProperties: false,
  required: ["month", "amount"],
  properties: {
    month: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
    amount: { type: "string", pattern: "^[1-9][0-9]{0,7}$", maxLength: 8 },
  },
};
const pattern10 = new RegExp("^(0?[1-9]|1[0-2])$", "u");
const pattern11 = new RegExp("^[1-9][0-9]{0,7}$", "u");
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
  if (Array.isArray(data)) {
    if (data.length > 6) {
      const err0 = {
        instancePath,
        schemaPath: "#/maxItems",
        keyword: "maxItems",
        params: { limit: 6 },
        message: "must NOT have more than 6 items",
        schema: 6,
        parentSchema: schema50,
        data,
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
        schema: 1,
        parentSchema: schema50,
        data,
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
            schema: schema51.required,
            parentSchema: schema51,
            data: data0,
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
            schema: schema51.required,
            parentSchema: schema51,
            data: data0,
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
              schema: false,
              parentSchema: schema51,
              data: data0,
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
            if (func2(data1) > 2) {
              const err5 = {
                instancePath: instancePath + "/" + i0 + "/month",
                schemaPath: "#/components/schemas/JpoBonus/properties/month/maxLength",
                keyword: "maxLength",
                params: { limit: 2 },
                message: "must NOT have more than 2 characters",
                schema: 2,
                parentSchema: schema51.properties.month,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (!pattern10.test(data1)) {
              const err6 = {
                instancePath: instancePath + "/" + i0 + "/month",
                schemaPath: "#/components/schemas/JpoBonus/properties/month/pattern",
                keyword: "pattern",
                params: { pattern: "^(0?[1-9]|1[0-2])$" },
                message: 'must match pattern "' + "^(0?[1-9]|1[0-2])$" + '"',
                schema: "^(0?[1-9]|1[0-2])$",
                parentSchema: schema51.properties.month,
                data: data1,
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
              schema: schema51.properties.month.type,
              parentSchema: schema51.properties.month,
              data: data1,
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
            if (func2(data2) > 8) {
              const err8 = {
                instancePath: instancePath + "/" + i0 + "/amount",
                schemaPath: "#/components/schemas/JpoBonus/properties/amount/maxLength",
                keyword: "maxLength",
                params: { limit: 8 },
                message: "must NOT have more than 8 characters",
                schema: 8,
                parentSchema: schema51.properties.amount,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern11.test(data2)) {
              const err9 = {
                instancePath: instancePath + "/" + i0 + "/amount",
                schemaPath: "#/components/schemas/JpoBonus/properties/amount/pattern",
                keyword: "pattern",
                params: { pattern: "^[1-9][0-9]{0,7}$" },
                message: 'must match pattern "' + "^[1-9][0-9]{0,7}$" + '"',
                schema: "^[1-9][0-9]{0,7}$",
                parentSchema: schema51.properties.amount,
                data: data2,
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
              schema: schema51.properties.amount.type,
              parentSchema: schema51.properties.amount,
              data: data2,
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
          schema: schema51.type,
          parentSchema: schema51,
          data: data0,
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
      schema: schema50.type,
      parentSchema: schema50,
      data,
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate27(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
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
        schema: schema47.required,
        parentSchema: schema47,
        data,
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
        schema: schema47.required,
        parentSchema: schema47,
        data,
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
        schema: schema47.required,
        parentSchema: schema47,
        data,
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
        schema: schema47.required,
        parentSchema: schema47,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema47.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema47,
          data,
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
          schema: schema47.properties.paymentMethod.type,
          parentSchema: schema47.properties.paymentMethod,
          data: data0,
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
          params: { allowedValues: schema47.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
          schema: schema47.properties.paymentMethod.enum,
          parentSchema: schema47.properties.paymentMethod,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.installments !== undefined) {
      let data1 = data.installments;
      if (typeof data1 === "string") {
        if (func2(data1) > 2) {
          const err7 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema48,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err8 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
            schema: "^(0?[1-9]|[1-9][0-9])$",
            parentSchema: schema48,
            data: data1,
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
          instancePath: instancePath + "/installments",
          schemaPath: "#/components/schemas/InstallmentCount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema48.type,
          parentSchema: schema48,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.firstBillingMonth !== undefined) {
      let data2 = data.firstBillingMonth;
      if (typeof data2 === "string") {
        if (func2(data2) > 2) {
          const err10 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 2) {
          const err11 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern9.test(data2)) {
          const err12 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
            schema: "^(0[1-9]|1[0-2])$",
            parentSchema: schema49,
            data: data2,
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
          instancePath: instancePath + "/firstBillingMonth",
          schemaPath: "#/components/schemas/FirstBillingMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.type,
          parentSchema: schema49,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.bonuses !== undefined) {
      if (
        !validate28(data.bonuses, {
          instancePath: instancePath + "/bonuses",
          parentData: data,
          parentDataProperty: "bonuses",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.businessName !== undefined) {
      let data4 = data.businessName;
      if (typeof data4 === "string") {
        if (func2(data4) > 25) {
          const err14 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema41,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err15 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema41,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern4.test(data4)) {
          const err16 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/pattern",
            keyword: "pattern",
            params: { pattern: "[^ 　]" },
            message: 'must match pattern "' + "[^ 　]" + '"',
            schema: "[^ 　]",
            parentSchema: schema41,
            data: data4,
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
          schema: schema41.type,
          parentSchema: schema41,
          data: data4,
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
      let data5 = data.businessNameKatakana;
      if (typeof data5 === "string") {
        if (func2(data5) > 25) {
          const err18 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema42,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err19 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema42,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern5.test(data5)) {
          const err20 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            },
            message:
              'must match pattern "' +
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$" +
              '"',
            schema:
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            parentSchema: schema42,
            data: data5,
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
          schema: schema42.type,
          parentSchema: schema42,
          data: data5,
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
      let data6 = data.businessNameAlphaNumeric;
      if (typeof data6 === "string") {
        if (func2(data6) > 25) {
          const err22 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema43,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data6) < 1) {
          const err23 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema43,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern6.test(data6)) {
          const err24 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$" },
            message: 'must match pattern "' + "^(?=.*[^ ])[\\x20-\\x7E]+$" + '"',
            schema: "^(?=.*[^ ])[\\x20-\\x7E]+$",
            parentSchema: schema43,
            data: data6,
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
          schema: schema43.type,
          parentSchema: schema43,
          data: data6,
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
      let data7 = data.terminalId;
      if (typeof data7 === "string") {
        if (func2(data7) > 13) {
          const err26 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
            schema: 13,
            parentSchema: schema44,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern7.test(data7)) {
          const err27 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
            schema: "^[0-9]{13}$",
            parentSchema: schema44,
            data: data7,
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
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema44.type,
          parentSchema: schema44,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data8 = data.jis2TrackData;
      if (typeof data8 === "string") {
        if (func2(data8) > 69) {
          const err29 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
            schema: 69,
            parentSchema: schema45,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err30 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema45,
            data: data8,
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
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema45.type,
          parentSchema: schema45,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data9 = data.preapprovalType;
      if (typeof data9 !== "string") {
        const err32 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema46.type,
          parentSchema: schema46,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
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
        const err33 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema46.enum },
          message: "must be equal to one of the allowed values",
          schema: schema46.enum,
          parentSchema: schema46,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema47.type,
      parentSchema: schema47,
      data,
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema58 = {
  type: "object",
  additionalProperties: false,
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
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
        schema: schema58.required,
        parentSchema: schema58,
        data,
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
        schema: schema58.required,
        parentSchema: schema58,
        data,
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
        schema: schema58.required,
        parentSchema: schema58,
        data,
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
        schema: schema58.required,
        parentSchema: schema58,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema58.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema58,
          data,
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
          schema: schema58.properties.paymentMethod.type,
          parentSchema: schema58.properties.paymentMethod,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data0 === "31" || data0 === "32" || data0 === "33" || data0 === "34")) {
        const err6 = {
          instancePath: instancePath + "/paymentMethod",
          schemaPath: "#/properties/paymentMethod/enum",
          keyword: "enum",
          params: { allowedValues: schema58.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
          schema: schema58.properties.paymentMethod.enum,
          parentSchema: schema58.properties.paymentMethod,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.installments !== undefined) {
      let data1 = data.installments;
      if (typeof data1 === "string") {
        if (func2(data1) > 2) {
          const err7 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema48,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err8 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
            schema: "^(0?[1-9]|[1-9][0-9])$",
            parentSchema: schema48,
            data: data1,
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
          instancePath: instancePath + "/installments",
          schemaPath: "#/components/schemas/InstallmentCount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema48.type,
          parentSchema: schema48,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.firstBillingMonth !== undefined) {
      let data2 = data.firstBillingMonth;
      if (typeof data2 === "string") {
        if (func2(data2) > 2) {
          const err10 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 2) {
          const err11 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern9.test(data2)) {
          const err12 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
            schema: "^(0[1-9]|1[0-2])$",
            parentSchema: schema49,
            data: data2,
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
          instancePath: instancePath + "/firstBillingMonth",
          schemaPath: "#/components/schemas/FirstBillingMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.type,
          parentSchema: schema49,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.bonuses !== undefined) {
      if (
        !validate28(data.bonuses, {
          instancePath: instancePath + "/bonuses",
          parentData: data,
          parentDataProperty: "bonuses",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
    if (data.businessName !== undefined) {
      let data4 = data.businessName;
      if (typeof data4 === "string") {
        if (func2(data4) > 25) {
          const err14 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema41,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err15 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema41,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern4.test(data4)) {
          const err16 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/pattern",
            keyword: "pattern",
            params: { pattern: "[^ 　]" },
            message: 'must match pattern "' + "[^ 　]" + '"',
            schema: "[^ 　]",
            parentSchema: schema41,
            data: data4,
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
          schema: schema41.type,
          parentSchema: schema41,
          data: data4,
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
      let data5 = data.businessNameKatakana;
      if (typeof data5 === "string") {
        if (func2(data5) > 25) {
          const err18 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema42,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err19 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema42,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern5.test(data5)) {
          const err20 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            },
            message:
              'must match pattern "' +
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$" +
              '"',
            schema:
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            parentSchema: schema42,
            data: data5,
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
          schema: schema42.type,
          parentSchema: schema42,
          data: data5,
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
      let data6 = data.businessNameAlphaNumeric;
      if (typeof data6 === "string") {
        if (func2(data6) > 25) {
          const err22 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema43,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data6) < 1) {
          const err23 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema43,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern6.test(data6)) {
          const err24 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$" },
            message: 'must match pattern "' + "^(?=.*[^ ])[\\x20-\\x7E]+$" + '"',
            schema: "^(?=.*[^ ])[\\x20-\\x7E]+$",
            parentSchema: schema43,
            data: data6,
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
          schema: schema43.type,
          parentSchema: schema43,
          data: data6,
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
      let data7 = data.terminalId;
      if (typeof data7 === "string") {
        if (func2(data7) > 13) {
          const err26 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
            schema: 13,
            parentSchema: schema44,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern7.test(data7)) {
          const err27 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
            schema: "^[0-9]{13}$",
            parentSchema: schema44,
            data: data7,
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
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema44.type,
          parentSchema: schema44,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data8 = data.jis2TrackData;
      if (typeof data8 === "string") {
        if (func2(data8) > 69) {
          const err29 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
            schema: 69,
            parentSchema: schema45,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func2(data8) < 1) {
          const err30 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema45,
            data: data8,
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
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema45.type,
          parentSchema: schema45,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data9 = data.preapprovalType;
      if (typeof data9 !== "string") {
        const err32 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema46.type,
          parentSchema: schema46,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
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
        const err33 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema46.enum },
          message: "must be equal to one of the allowed values",
          schema: schema46.enum,
          parentSchema: schema46,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema58.type,
      parentSchema: schema58,
      data,
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema67 = {
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
function validate32(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
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
        schema: schema67.required,
        parentSchema: schema67,
        data,
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
        schema: schema67.required,
        parentSchema: schema67,
        data,
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
        schema: schema67.required,
        parentSchema: schema67,
        data,
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
        schema: schema67.required,
        parentSchema: schema67,
        data,
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
        schema: schema67.required,
        parentSchema: schema67,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema67.properties, key0)) {
        const err5 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema67,
          data,
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
          schema: schema67.properties.paymentMethod.type,
          parentSchema: schema67.properties.paymentMethod,
          data: data0,
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
          params: { allowedValues: schema67.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
          schema: schema67.properties.paymentMethod.enum,
          parentSchema: schema67.properties.paymentMethod,
          data: data0,
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
        if (func2(data1) > 2) {
          const err8 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema48,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err9 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
            schema: "^(0?[1-9]|[1-9][0-9])$",
            parentSchema: schema48,
            data: data1,
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
          schema: schema48.type,
          parentSchema: schema48,
          data: data1,
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
        if (func2(data2) > 2) {
          const err11 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func2(data2) < 2) {
          const err12 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern9.test(data2)) {
          const err13 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
            schema: "^(0[1-9]|1[0-2])$",
            parentSchema: schema49,
            data: data2,
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
          schema: schema49.type,
          parentSchema: schema49,
          data: data2,
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
        if (func2(data3) > 25) {
          const err15 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema41,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err16 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema41,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err17 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/pattern",
            keyword: "pattern",
            params: { pattern: "[^ 　]" },
            message: 'must match pattern "' + "[^ 　]" + '"',
            schema: "[^ 　]",
            parentSchema: schema41,
            data: data3,
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
          schema: schema41.type,
          parentSchema: schema41,
          data: data3,
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
      let data4 = data.businessNameKatakana;
      if (typeof data4 === "string") {
        if (func2(data4) > 25) {
          const err19 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema42,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err20 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema42,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (!pattern5.test(data4)) {
          const err21 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            },
            message:
              'must match pattern "' +
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$" +
              '"',
            schema:
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            parentSchema: schema42,
            data: data4,
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
          schema: schema42.type,
          parentSchema: schema42,
          data: data4,
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
      let data5 = data.businessNameAlphaNumeric;
      if (typeof data5 === "string") {
        if (func2(data5) > 25) {
          const err23 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema43,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err24 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema43,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err25 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$" },
            message: 'must match pattern "' + "^(?=.*[^ ])[\\x20-\\x7E]+$" + '"',
            schema: "^(?=.*[^ ])[\\x20-\\x7E]+$",
            parentSchema: schema43,
            data: data5,
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
          schema: schema43.type,
          parentSchema: schema43,
          data: data5,
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
      let data6 = data.terminalId;
      if (typeof data6 === "string") {
        if (func2(data6) > 13) {
          const err27 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
            schema: 13,
            parentSchema: schema44,
            data: data6,
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
            schema: "^[0-9]{13}$",
            parentSchema: schema44,
            data: data6,
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
          schema: schema44.type,
          parentSchema: schema44,
          data: data6,
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
        if (func2(data7) > 69) {
          const err30 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
            schema: 69,
            parentSchema: schema45,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (func2(data7) < 1) {
          const err31 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema45,
            data: data7,
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
          schema: schema45.type,
          parentSchema: schema45,
          data: data7,
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
          schema: schema46.type,
          parentSchema: schema46,
          data: data8,
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
          params: { allowedValues: schema46.enum },
          message: "must be equal to one of the allowed values",
          schema: schema46.enum,
          parentSchema: schema46,
          data: data8,
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
      schema: schema67.type,
      parentSchema: schema67,
      data,
    };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema76 = {
  type: "object",
  additionalProperties: false,
  required: ["paymentMethod", "businessName", "businessNameKatakana", "businessNameAlphaNumeric"],
  properties: {
    paymentMethod: { type: "string", enum: ["80"] },
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
function validate33(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
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
        schema: schema76.required,
        parentSchema: schema76,
        data,
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
        schema: schema76.required,
        parentSchema: schema76,
        data,
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
        schema: schema76.required,
        parentSchema: schema76,
        data,
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
        schema: schema76.required,
        parentSchema: schema76,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema76.properties, key0)) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema76,
          data,
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
          schema: schema76.properties.paymentMethod.type,
          parentSchema: schema76.properties.paymentMethod,
          data: data0,
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
          params: { allowedValues: schema76.properties.paymentMethod.enum },
          message: "must be equal to one of the allowed values",
          schema: schema76.properties.paymentMethod.enum,
          parentSchema: schema76.properties.paymentMethod,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.installments !== undefined) {
      let data1 = data.installments;
      if (typeof data1 === "string") {
        if (func2(data1) > 2) {
          const err7 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema48,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err8 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
            schema: "^(0?[1-9]|[1-9][0-9])$",
            parentSchema: schema48,
            data: data1,
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
          instancePath: instancePath + "/installments",
          schemaPath: "#/components/schemas/InstallmentCount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema48.type,
          parentSchema: schema48,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.firstBillingMonth !== undefined) {
      let data2 = data.firstBillingMonth;
      if (typeof data2 === "string") {
        if (func2(data2) > 2) {
          const err10 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (func2(data2) < 2) {
          const err11 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern9.test(data2)) {
          const err12 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
            schema: "^(0[1-9]|1[0-2])$",
            parentSchema: schema49,
            data: data2,
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
          instancePath: instancePath + "/firstBillingMonth",
          schemaPath: "#/components/schemas/FirstBillingMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.type,
          parentSchema: schema49,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.businessName !== undefined) {
      let data3 = data.businessName;
      if (typeof data3 === "string") {
        if (func2(data3) > 25) {
          const err14 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema41,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func2(data3) < 1) {
          const err15 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema41,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern4.test(data3)) {
          const err16 = {
            instancePath: instancePath + "/businessName",
            schemaPath: "#/components/schemas/BusinessName/pattern",
            keyword: "pattern",
            params: { pattern: "[^ 　]" },
            message: 'must match pattern "' + "[^ 　]" + '"',
            schema: "[^ 　]",
            parentSchema: schema41,
            data: data3,
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
          schema: schema41.type,
          parentSchema: schema41,
          data: data3,
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
        if (func2(data4) > 25) {
          const err18 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema42,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (func2(data4) < 1) {
          const err19 = {
            instancePath: instancePath + "/businessNameKatakana",
            schemaPath: "#/components/schemas/BusinessNameKatakana/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema42,
            data: data4,
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
              pattern:
                "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            },
            message:
              'must match pattern "' +
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$" +
              '"',
            schema:
              "^(?=.*[^ 　])[ァ-ヿㇰ-ㇿ｡-ﾟ 　A-Za-z0-9０-９Ａ-Ｚａ-ｚ&',./()\\-＆＇，．／（）－‐−]+$",
            parentSchema: schema42,
            data: data4,
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
          schema: schema42.type,
          parentSchema: schema42,
          data: data4,
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
        if (func2(data5) > 25) {
          const err22 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/maxLength",
            keyword: "maxLength",
            params: { limit: 25 },
            message: "must NOT have more than 25 characters",
            schema: 25,
            parentSchema: schema43,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (func2(data5) < 1) {
          const err23 = {
            instancePath: instancePath + "/businessNameAlphaNumeric",
            schemaPath: "#/components/schemas/BusinessNameAlphaNumeric/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema43,
            data: data5,
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
            params: { pattern: "^(?=.*[^ ])[\\x20-\\x7E]+$" },
            message: 'must match pattern "' + "^(?=.*[^ ])[\\x20-\\x7E]+$" + '"',
            schema: "^(?=.*[^ ])[\\x20-\\x7E]+$",
            parentSchema: schema43,
            data: data5,
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
          schema: schema43.type,
          parentSchema: schema43,
          data: data5,
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
        if (func2(data6) > 13) {
          const err26 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/maxLength",
            keyword: "maxLength",
            params: { limit: 13 },
            message: "must NOT have more than 13 characters",
            schema: 13,
            parentSchema: schema44,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern7.test(data6)) {
          const err27 = {
            instancePath: instancePath + "/terminalId",
            schemaPath: "#/components/schemas/JccaTerminalId/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{13}$" },
            message: 'must match pattern "' + "^[0-9]{13}$" + '"',
            schema: "^[0-9]{13}$",
            parentSchema: schema44,
            data: data6,
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
          instancePath: instancePath + "/terminalId",
          schemaPath: "#/components/schemas/JccaTerminalId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema44.type,
          parentSchema: schema44,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.jis2TrackData !== undefined) {
      let data7 = data.jis2TrackData;
      if (typeof data7 === "string") {
        if (func2(data7) > 69) {
          const err29 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/maxLength",
            keyword: "maxLength",
            params: { limit: 69 },
            message: "must NOT have more than 69 characters",
            schema: 69,
            parentSchema: schema45,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (func2(data7) < 1) {
          const err30 = {
            instancePath: instancePath + "/jis2TrackData",
            schemaPath: "#/components/schemas/Jis2TrackData/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema45,
            data: data7,
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
          instancePath: instancePath + "/jis2TrackData",
          schemaPath: "#/components/schemas/Jis2TrackData/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema45.type,
          parentSchema: schema45,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.preapprovalType !== undefined) {
      let data8 = data.preapprovalType;
      if (typeof data8 !== "string") {
        const err32 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema46.type,
          parentSchema: schema46,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
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
        const err33 = {
          instancePath: instancePath + "/preapprovalType",
          schemaPath: "#/components/schemas/PreapprovalType/enum",
          keyword: "enum",
          params: { allowedValues: schema46.enum },
          message: "must be equal to one of the allowed values",
          schema: schema46.enum,
          parentSchema: schema46,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema76.type,
      parentSchema: schema76,
      data,
    };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
    const tag0 = data.paymentMethod;
    if (typeof tag0 == "string") {
      if (tag0 === "10") {
        if (
          !validate26(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
          errors = vErrors.length;
        }
        var props0 = true;
      } else if (tag0 === "21") {
        if (
          !validate27(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "22") {
        if (
          !validate27(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "23") {
        if (
          !validate27(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "24") {
        if (
          !validate27(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "31") {
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
      } else if (tag0 === "32") {
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
      } else if (tag0 === "33") {
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
      } else if (tag0 === "34") {
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
      } else if (tag0 === "61") {
        if (
          !validate32(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
          errors = vErrors.length;
        }
        if (props0 !== true) {
          props0 = true;
        }
      } else if (tag0 === "80") {
        if (
          !validate33(data, {
            instancePath,
            parentData,
            parentDataProperty,
            rootData,
            dynamicAnchors,
          })
        ) {
          vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
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
          schema: schema39.discriminator,
          parentSchema: schema39,
          data,
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
        schema: schema39.discriminator,
        parentSchema: schema39,
        data,
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
      schema: schema39.type,
      parentSchema: schema39,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate25.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate25.evaluated = { dynamicProps: true, dynamicItems: false };
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
    if (data.japanPaymentOptions === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "japanPaymentOptions" },
        message: "must have required property '" + "japanPaymentOptions" + "'",
        schema: schema37.required,
        parentSchema: schema37,
        data,
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
        key0 === "capture" ||
        key0 === "commerceIndicator" ||
        key0 === "japanPaymentOptions" ||
        key0 === "actionList" ||
        key0 === "actionTokenTypes"
      )) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema37,
          data,
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
      let data0 = data.capture;
      if (typeof data0 !== "boolean") {
        const err2 = {
          instancePath: instancePath + "/capture",
          schemaPath: "#/properties/capture/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema37.properties.capture.type,
          parentSchema: schema37.properties.capture,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.commerceIndicator !== undefined) {
      let data1 = data.commerceIndicator;
      if (!(
        data1 === "internet" ||
        data1 === "vbv" ||
        data1 === "vbv_attempted" ||
        data1 === "vbv_failure" ||
        data1 === "moto" ||
        data1 === "retail" ||
        data1 === "recurring" ||
        data1 === "recurring_internet" ||
        data1 === "install" ||
        data1 === "install_internet"
      )) {
        const err3 = {
          instancePath: instancePath + "/commerceIndicator",
          schemaPath: "#/components/schemas/CommerceIndicator/enum",
          keyword: "enum",
          params: { allowedValues: schema38.enum },
          message: "must be equal to one of the allowed values",
          schema: schema38.enum,
          parentSchema: schema38,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (func2(data1) > 20) {
          const err4 = {
            instancePath: instancePath + "/commerceIndicator",
            schemaPath: "#/components/schemas/CommerceIndicator/maxLength",
            keyword: "maxLength",
            params: { limit: 20 },
            message: "must NOT have more than 20 characters",
            schema: 20,
            parentSchema: schema38,
            data: data1,
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
          instancePath: instancePath + "/commerceIndicator",
          schemaPath: "#/components/schemas/CommerceIndicator/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema38.type,
          parentSchema: schema38,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.japanPaymentOptions !== undefined) {
      if (
        !validate25(data.japanPaymentOptions, {
          instancePath: instancePath + "/japanPaymentOptions",
          parentData: data,
          parentDataProperty: "japanPaymentOptions",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.actionList !== undefined) {
      let data3 = data.actionList;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err6 = {
            instancePath: instancePath + "/actionList",
            schemaPath: "#/properties/actionList/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema37.properties.actionList,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 !== "string") {
            const err7 = {
              instancePath: instancePath + "/actionList/" + i0,
              schemaPath: "#/components/schemas/AuthorizationAction/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema85.type,
              parentSchema: schema85,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (!(
            data4 === "TOKEN_CREATE" ||
            data4 === "CONSUMER_AUTHENTICATION" ||
            data4 === "VALIDATE_CONSUMER_AUTHENTICATION"
          )) {
            const err8 = {
              instancePath: instancePath + "/actionList/" + i0,
              schemaPath: "#/components/schemas/AuthorizationAction/enum",
              keyword: "enum",
              params: { allowedValues: schema85.enum },
              message: "must be equal to one of the allowed values",
              schema: schema85.enum,
              parentSchema: schema85,
              data: data4,
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
          instancePath: instancePath + "/actionList",
          schemaPath: "#/properties/actionList/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema37.properties.actionList.type,
          parentSchema: schema37.properties.actionList,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.actionTokenTypes !== undefined) {
      let data5 = data.actionTokenTypes;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err10 = {
            instancePath: instancePath + "/actionTokenTypes",
            schemaPath: "#/properties/actionTokenTypes/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema37.properties.actionTokenTypes,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data6 = data5[i1];
          if (typeof data6 !== "string") {
            const err11 = {
              instancePath: instancePath + "/actionTokenTypes/" + i1,
              schemaPath: "#/components/schemas/ActionTokenType/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema86.type,
              parentSchema: schema86,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (!(
            data6 === "customer" ||
            data6 === "paymentInstrument" ||
            data6 === "instrumentIdentifier" ||
            data6 === "shippingAddress"
          )) {
            const err12 = {
              instancePath: instancePath + "/actionTokenTypes/" + i1,
              schemaPath: "#/components/schemas/ActionTokenType/enum",
              keyword: "enum",
              params: { allowedValues: schema86.enum },
              message: "must be equal to one of the allowed values",
              schema: schema86.enum,
              parentSchema: schema86,
              data: data6,
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
          instancePath: instancePath + "/actionTokenTypes",
          schemaPath: "#/properties/actionTokenTypes/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema37.properties.actionTokenTypes.type,
          parentSchema: schema37.properties.actionTokenTypes,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema37.type,
      parentSchema: schema37,
      data,
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema87 = {
  type: "object",
  additionalProperties: false,
  properties: {
    card: { $ref: "#/components/schemas/Card" },
    customer: { $ref: "#/components/schemas/TmsCustomer" },
    paymentInstrument: { $ref: "#/components/schemas/TmsPaymentInstrument" },
    instrumentIdentifier: { $ref: "#/components/schemas/TmsInstrumentIdentifier" },
    shippingAddress: { $ref: "#/components/schemas/TmsShippingAddress" },
  },
};
const schema88 = {
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
const schema89 = { type: "string", pattern: "^(0[1-9]|1[0-2])$", minLength: 2, maxLength: 2 };
const schema90 = {
  type: "string",
  enum: ["001", "002", "003", "004", "005", "006", "007", "024", "036", "039", "042", "062"],
};
const pattern34 = new RegExp("^[0-9]{12,19}$", "u");
const pattern36 = new RegExp("^[0-9]{4}$", "u");
const pattern37 = new RegExp("^[0-9]{3,4}$", "u");
function validate48(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
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
        schema: schema88.required,
        parentSchema: schema88,
        data,
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
        schema: schema88.required,
        parentSchema: schema88,
        data,
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
        schema: schema88.required,
        parentSchema: schema88,
        data,
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
        schema: schema88.required,
        parentSchema: schema88,
        data,
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
          schema: false,
          parentSchema: schema88,
          data,
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
        if (func2(data0) > 20) {
          const err5 = {
            instancePath: instancePath + "/number",
            schemaPath: "#/properties/number/maxLength",
            keyword: "maxLength",
            params: { limit: 20 },
            message: "must NOT have more than 20 characters",
            schema: 20,
            parentSchema: schema88.properties.number,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern34.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/number",
            schemaPath: "#/properties/number/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{12,19}$" },
            message: 'must match pattern "' + "^[0-9]{12,19}$" + '"',
            schema: "^[0-9]{12,19}$",
            parentSchema: schema88.properties.number,
            data: data0,
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
          schema: schema88.properties.number.type,
          parentSchema: schema88.properties.number,
          data: data0,
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
        if (func2(data1) > 2) {
          const err8 = {
            instancePath: instancePath + "/expirationMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema89,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data1) < 2) {
          const err9 = {
            instancePath: instancePath + "/expirationMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
            schema: 2,
            parentSchema: schema89,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern9.test(data1)) {
          const err10 = {
            instancePath: instancePath + "/expirationMonth",
            schemaPath: "#/components/schemas/TwoDigitMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
            schema: "^(0[1-9]|1[0-2])$",
            parentSchema: schema89,
            data: data1,
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
          schema: schema89.type,
          parentSchema: schema89,
          data: data1,
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
        if (func2(data2) > 4) {
          const err12 = {
            instancePath: instancePath + "/expirationYear",
            schemaPath: "#/properties/expirationYear/maxLength",
            keyword: "maxLength",
            params: { limit: 4 },
            message: "must NOT have more than 4 characters",
            schema: 4,
            parentSchema: schema88.properties.expirationYear,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func2(data2) < 4) {
          const err13 = {
            instancePath: instancePath + "/expirationYear",
            schemaPath: "#/properties/expirationYear/minLength",
            keyword: "minLength",
            params: { limit: 4 },
            message: "must NOT have fewer than 4 characters",
            schema: 4,
            parentSchema: schema88.properties.expirationYear,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern36.test(data2)) {
          const err14 = {
            instancePath: instancePath + "/expirationYear",
            schemaPath: "#/properties/expirationYear/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{4}$" },
            message: 'must match pattern "' + "^[0-9]{4}$" + '"',
            schema: "^[0-9]{4}$",
            parentSchema: schema88.properties.expirationYear,
            data: data2,
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
          schema: schema88.properties.expirationYear.type,
          parentSchema: schema88.properties.expirationYear,
          data: data2,
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
          schema: schema90.type,
          parentSchema: schema90,
          data: data3,
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
          params: { allowedValues: schema90.enum },
          message: "must be equal to one of the allowed values",
          schema: schema90.enum,
          parentSchema: schema90,
          data: data3,
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
        if (func2(data4) > 4) {
          const err18 = {
            instancePath: instancePath + "/securityCode",
            schemaPath: "#/properties/securityCode/maxLength",
            keyword: "maxLength",
            params: { limit: 4 },
            message: "must NOT have more than 4 characters",
            schema: 4,
            parentSchema: schema88.properties.securityCode,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern37.test(data4)) {
          const err19 = {
            instancePath: instancePath + "/securityCode",
            schemaPath: "#/properties/securityCode/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]{3,4}$" },
            message: 'must match pattern "' + "^[0-9]{3,4}$" + '"',
            schema: "^[0-9]{3,4}$",
            parentSchema: schema88.properties.securityCode,
            data: data4,
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
          schema: schema88.properties.securityCode.type,
          parentSchema: schema88.properties.securityCode,
          data: data4,
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
      schema: schema88.type,
      parentSchema: schema88,
      data,
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema91 = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: { id: { $ref: "#/components/schemas/TmsTokenId" } },
};
const schema92 = { type: "string", minLength: 1, maxLength: 32 };
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
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
        schema: schema91.required,
        parentSchema: schema91,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema91,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 32) {
          const err2 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/maxLength",
            keyword: "maxLength",
            params: { limit: 32 },
            message: "must NOT have more than 32 characters",
            schema: 32,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/components/schemas/TmsTokenId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema92.type,
          parentSchema: schema92,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema91.type,
      parentSchema: schema91,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema93 = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: { id: { $ref: "#/components/schemas/TmsTokenId" } },
};
function validate52(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
        schema: schema93.required,
        parentSchema: schema93,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema93,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 32) {
          const err2 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/maxLength",
            keyword: "maxLength",
            params: { limit: 32 },
            message: "must NOT have more than 32 characters",
            schema: 32,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/components/schemas/TmsTokenId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema92.type,
          parentSchema: schema92,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema93.type,
      parentSchema: schema93,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema95 = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: { id: { $ref: "#/components/schemas/TmsTokenId" } },
};
function validate54(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
        schema: schema95.required,
        parentSchema: schema95,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema95,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 32) {
          const err2 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/maxLength",
            keyword: "maxLength",
            params: { limit: 32 },
            message: "must NOT have more than 32 characters",
            schema: 32,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/components/schemas/TmsTokenId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema92.type,
          parentSchema: schema92,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema95.type,
      parentSchema: schema95,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema97 = {
  type: "object",
  additionalProperties: false,
  required: ["id"],
  properties: { id: { $ref: "#/components/schemas/TmsTokenId" } },
};
function validate56(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "id" },
        message: "must have required property '" + "id" + "'",
        schema: schema97.required,
        parentSchema: schema97,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema97,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.id !== undefined) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 32) {
          const err2 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/maxLength",
            keyword: "maxLength",
            params: { limit: 32 },
            message: "must NOT have more than 32 characters",
            schema: 32,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/components/schemas/TmsTokenId/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema92,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/id",
          schemaPath: "#/components/schemas/TmsTokenId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema92.type,
          parentSchema: schema92,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema97.type,
      parentSchema: schema97,
      data,
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate47(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate47.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "card" ||
        key0 === "customer" ||
        key0 === "paymentInstrument" ||
        key0 === "instrumentIdentifier" ||
        key0 === "shippingAddress"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema87,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.card !== undefined) {
      if (
        !validate48(data.card, {
          instancePath: instancePath + "/card",
          parentData: data,
          parentDataProperty: "card",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.customer !== undefined) {
      if (
        !validate50(data.customer, {
          instancePath: instancePath + "/customer",
          parentData: data,
          parentDataProperty: "customer",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
    if (data.paymentInstrument !== undefined) {
      if (
        !validate52(data.paymentInstrument, {
          instancePath: instancePath + "/paymentInstrument",
          parentData: data,
          parentDataProperty: "paymentInstrument",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
        errors = vErrors.length;
      }
    }
    if (data.instrumentIdentifier !== undefined) {
      if (
        !validate54(data.instrumentIdentifier, {
          instancePath: instancePath + "/instrumentIdentifier",
          parentData: data,
          parentDataProperty: "instrumentIdentifier",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
        errors = vErrors.length;
      }
    }
    if (data.shippingAddress !== undefined) {
      if (
        !validate56(data.shippingAddress, {
          instancePath: instancePath + "/shippingAddress",
          parentData: data,
          parentDataProperty: "shippingAddress",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema87.type,
      parentSchema: schema87,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate47.errors = vErrors;
  return errors === 0;
}
validate47.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema100 = {
  type: "object",
  additionalProperties: false,
  required: ["amountDetails", "billTo"],
  properties: {
    amountDetails: { $ref: "#/components/schemas/AmountDetails" },
    billTo: { $ref: "#/components/schemas/BillTo" },
    shipTo: { $ref: "#/components/schemas/ShipTo" },
    lineItems: { type: "array", items: { $ref: "#/components/schemas/LineItem" } },
    invoiceDetails: {
      type: "object",
      additionalProperties: false,
      properties: {
        salesSlipNumber: { type: "integer", minimum: 0, maximum: 99999 },
        purchaseOrderNumber: { type: "string", maxLength: 50, "x-warn-maxLength": 25 },
      },
    },
  },
};
const schema106 = {
  type: "object",
  additionalProperties: false,
  properties: {
    firstName: { type: "string", maxLength: 60 },
    middleName: { type: "string", maxLength: 60 },
    lastName: { type: "string", maxLength: 60 },
    company: { type: "string", maxLength: 60 },
    address1: { type: "string", maxLength: 60 },
    address2: { type: "string", maxLength: 60 },
    buildingNumber: { type: "string", maxLength: 15 },
    district: { type: "string", maxLength: 50 },
    locality: { type: "string", maxLength: 50 },
    administrativeArea: { type: "string", maxLength: 50 },
    postalCode: { type: "string", maxLength: 32, "x-warn-maxLength": 10 },
    country: { type: "string", maxLength: 3, "x-warn-maxLength": 2 },
    phoneNumber: { type: "string", maxLength: 15 },
    email: { type: "string", maxLength: 255 },
  },
};
const schema107 = {
  type: "object",
  additionalProperties: false,
  properties: {
    productCode: { type: "string", maxLength: 255 },
    productName: { type: "string", maxLength: 255 },
    productSku: { type: "string", maxLength: 255 },
    quantity: { type: ["integer", "string"], pattern: "^[0-9]+$", minimum: 1, maximum: 999999999 },
    unitPrice: { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?$", maxLength: 15 },
    taxAmount: { type: "string", pattern: "^[0-9]+(\\.[0-9]+)?$", maxLength: 15 },
  },
};
const schema101 = {
  type: "object",
  additionalProperties: false,
  required: ["totalAmount", "currency"],
  properties: {
    totalAmount: { $ref: "#/components/schemas/YenAmount" },
    currency: { $ref: "#/components/schemas/Currency" },
  },
};
const schema102 = { type: "string", pattern: "^(0|[1-9][0-9]*)$", maxLength: 12 };
const schema103 = { type: "string", enum: ["JPY"] };
const pattern39 = new RegExp("^(0|[1-9][0-9]*)$", "u");
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
    if (data.totalAmount === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "totalAmount" },
        message: "must have required property '" + "totalAmount" + "'",
        schema: schema101.required,
        parentSchema: schema101,
        data,
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
        schema: schema101.required,
        parentSchema: schema101,
        data,
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
          schema: false,
          parentSchema: schema101,
          data,
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
        if (func2(data0) > 12) {
          const err3 = {
            instancePath: instancePath + "/totalAmount",
            schemaPath: "#/components/schemas/YenAmount/maxLength",
            keyword: "maxLength",
            params: { limit: 12 },
            message: "must NOT have more than 12 characters",
            schema: 12,
            parentSchema: schema102,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern39.test(data0)) {
          const err4 = {
            instancePath: instancePath + "/totalAmount",
            schemaPath: "#/components/schemas/YenAmount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0|[1-9][0-9]*)$" },
            message: 'must match pattern "' + "^(0|[1-9][0-9]*)$" + '"',
            schema: "^(0|[1-9][0-9]*)$",
            parentSchema: schema102,
            data: data0,
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
          schema: schema102.type,
          parentSchema: schema102,
          data: data0,
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
          schema: schema103.type,
          parentSchema: schema103,
          data: data1,
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
          params: { allowedValues: schema103.enum },
          message: "must be equal to one of the allowed values",
          schema: schema103.enum,
          parentSchema: schema103,
          data: data1,
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
      schema: schema101.type,
      parentSchema: schema101,
      data,
    };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema104 = {
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
    middleName: { type: "string", maxLength: 60 },
    lastName: { type: "string", minLength: 1, maxLength: 60 },
    company: { $ref: "#/components/schemas/BillToCompany" },
    address1: { type: "string", minLength: 1, maxLength: 255, "x-warn-maxLength": 60 },
    address2: { type: "string", maxLength: 60 },
    buildingNumber: { type: "string", maxLength: 256 },
    district: { type: "string", maxLength: 50 },
    locality: { type: "string", minLength: 1, maxLength: 50 },
    administrativeArea: { type: "string", minLength: 1, maxLength: 50, "x-warn-maxLength": 20 },
    postalCode: { type: "string", minLength: 1, maxLength: 10 },
    country: {
      type: "string",
      pattern: "^[A-Za-z]{2}$",
      "x-severity": "warning",
      minLength: 1,
      maxLength: 3,
    },
    email: {
      type: "string",
      format: "email",
      pattern:
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
      minLength: 3,
      maxLength: 255,
    },
    phoneNumber: { type: "string", maxLength: 15 },
  },
};
const schema105 = {
  type: "object",
  additionalProperties: false,
  properties: {
    name: { type: "string", maxLength: 60 },
    address1: { type: "string", maxLength: 40 },
    address2: { type: "string", maxLength: 40 },
    locality: { type: "string", maxLength: 30 },
    administrativeArea: { type: "string", maxLength: 50 },
    postalCode: { type: "string", maxLength: 10 },
    country: { type: "string", maxLength: 2 },
  },
};
const pattern40 = new RegExp("^[A-Za-z]{2}$", "u");
const pattern41 = new RegExp(
  "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
  "u",
);
function validate62(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate62.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.firstName === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "firstName" },
        message: "must have required property '" + "firstName" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.lastName === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "lastName" },
        message: "must have required property '" + "lastName" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.address1 === undefined) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "address1" },
        message: "must have required property '" + "address1" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.locality === undefined) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "locality" },
        message: "must have required property '" + "locality" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.administrativeArea === undefined) {
      const err4 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "administrativeArea" },
        message: "must have required property '" + "administrativeArea" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.postalCode === undefined) {
      const err5 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "postalCode" },
        message: "must have required property '" + "postalCode" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.country === undefined) {
      const err6 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "country" },
        message: "must have required property '" + "country" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.email === undefined) {
      const err7 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "email" },
        message: "must have required property '" + "email" + "'",
        schema: schema104.required,
        parentSchema: schema104,
        data,
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema104.properties, key0)) {
        const err8 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema104,
          data,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.firstName !== undefined) {
      let data0 = data.firstName;
      if (typeof data0 === "string") {
        if (func2(data0) > 60) {
          const err9 = {
            instancePath: instancePath + "/firstName",
            schemaPath: "#/properties/firstName/maxLength",
            keyword: "maxLength",
            params: { limit: 60 },
            message: "must NOT have more than 60 characters",
            schema: 60,
            parentSchema: schema104.properties.firstName,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err10 = {
            instancePath: instancePath + "/firstName",
            schemaPath: "#/properties/firstName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema104.properties.firstName,
            data: data0,
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
          instancePath: instancePath + "/firstName",
          schemaPath: "#/properties/firstName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.firstName.type,
          parentSchema: schema104.properties.firstName,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.middleName !== undefined) {
      let data1 = data.middleName;
      if (typeof data1 === "string") {
        if (func2(data1) > 60) {
          const err12 = {
            instancePath: instancePath + "/middleName",
            schemaPath: "#/properties/middleName/maxLength",
            keyword: "maxLength",
            params: { limit: 60 },
            message: "must NOT have more than 60 characters",
            schema: 60,
            parentSchema: schema104.properties.middleName,
            data: data1,
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
          instancePath: instancePath + "/middleName",
          schemaPath: "#/properties/middleName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.middleName.type,
          parentSchema: schema104.properties.middleName,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.lastName !== undefined) {
      let data2 = data.lastName;
      if (typeof data2 === "string") {
        if (func2(data2) > 60) {
          const err14 = {
            instancePath: instancePath + "/lastName",
            schemaPath: "#/properties/lastName/maxLength",
            keyword: "maxLength",
            params: { limit: 60 },
            message: "must NOT have more than 60 characters",
            schema: 60,
            parentSchema: schema104.properties.lastName,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err15 = {
            instancePath: instancePath + "/lastName",
            schemaPath: "#/properties/lastName/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema104.properties.lastName,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/lastName",
          schemaPath: "#/properties/lastName/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.lastName.type,
          parentSchema: schema104.properties.lastName,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.company !== undefined) {
      let data3 = data.company;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(
            key1 === "name" ||
            key1 === "address1" ||
            key1 === "address2" ||
            key1 === "locality" ||
            key1 === "administrativeArea" ||
            key1 === "postalCode" ||
            key1 === "country"
          )) {
            const err17 = {
              instancePath: instancePath + "/company",
              schemaPath: "#/components/schemas/BillToCompany/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema105,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.name !== undefined) {
          let data4 = data3.name;
          if (typeof data4 === "string") {
            if (func2(data4) > 60) {
              const err18 = {
                instancePath: instancePath + "/company/name",
                schemaPath: "#/components/schemas/BillToCompany/properties/name/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema105.properties.name,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/company/name",
              schemaPath: "#/components/schemas/BillToCompany/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema105.properties.name.type,
              parentSchema: schema105.properties.name,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data3.address1 !== undefined) {
          let data5 = data3.address1;
          if (typeof data5 === "string") {
            if (func2(data5) > 40) {
              const err20 = {
                instancePath: instancePath + "/company/address1",
                schemaPath: "#/components/schemas/BillToCompany/properties/address1/maxLength",
                keyword: "maxLength",
                params: { limit: 40 },
                message: "must NOT have more than 40 characters",
                schema: 40,
                parentSchema: schema105.properties.address1,
                data: data5,
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
              instancePath: instancePath + "/company/address1",
              schemaPath: "#/components/schemas/BillToCompany/properties/address1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema105.properties.address1.type,
              parentSchema: schema105.properties.address1,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data3.address2 !== undefined) {
          let data6 = data3.address2;
          if (typeof data6 === "string") {
            if (func2(data6) > 40) {
              const err22 = {
                instancePath: instancePath + "/company/address2",
                schemaPath: "#/components/schemas/BillToCompany/properties/address2/maxLength",
                keyword: "maxLength",
                params: { limit: 40 },
                message: "must NOT have more than 40 characters",
                schema: 40,
                parentSchema: schema105.properties.address2,
                data: data6,
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
              instancePath: instancePath + "/company/address2",
              schemaPath: "#/components/schemas/BillToCompany/properties/address2/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema105.properties.address2.type,
              parentSchema: schema105.properties.address2,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data3.locality !== undefined) {
          let data7 = data3.locality;
          if (typeof data7 === "string") {
            if (func2(data7) > 30) {
              const err24 = {
                instancePath: instancePath + "/company/locality",
                schemaPath: "#/components/schemas/BillToCompany/properties/locality/maxLength",
                keyword: "maxLength",
                params: { limit: 30 },
                message: "must NOT have more than 30 characters",
                schema: 30,
                parentSchema: schema105.properties.locality,
                data: data7,
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
              instancePath: instancePath + "/company/locality",
              schemaPath: "#/components/schemas/BillToCompany/properties/locality/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema105.properties.locality.type,
              parentSchema: schema105.properties.locality,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data3.administrativeArea !== undefined) {
          let data8 = data3.administrativeArea;
          if (typeof data8 === "string") {
            if (func2(data8) > 50) {
              const err26 = {
                instancePath: instancePath + "/company/administrativeArea",
                schemaPath:
                  "#/components/schemas/BillToCompany/properties/administrativeArea/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
                schema: 50,
                parentSchema: schema105.properties.administrativeArea,
                data: data8,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/company/administrativeArea",
              schemaPath: "#/components/schemas/BillToCompany/properties/administrativeArea/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema105.properties.administrativeArea.type,
              parentSchema: schema105.properties.administrativeArea,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data3.postalCode !== undefined) {
          let data9 = data3.postalCode;
          if (typeof data9 === "string") {
            if (func2(data9) > 10) {
              const err28 = {
                instancePath: instancePath + "/company/postalCode",
                schemaPath: "#/components/schemas/BillToCompany/properties/postalCode/maxLength",
                keyword: "maxLength",
                params: { limit: 10 },
                message: "must NOT have more than 10 characters",
                schema: 10,
                parentSchema: schema105.properties.postalCode,
                data: data9,
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
              instancePath: instancePath + "/company/postalCode",
              schemaPath: "#/components/schemas/BillToCompany/properties/postalCode/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema105.properties.postalCode.type,
              parentSchema: schema105.properties.postalCode,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data3.country !== undefined) {
          let data10 = data3.country;
          if (typeof data10 === "string") {
            if (func2(data10) > 2) {
              const err30 = {
                instancePath: instancePath + "/company/country",
                schemaPath: "#/components/schemas/BillToCompany/properties/country/maxLength",
                keyword: "maxLength",
                params: { limit: 2 },
                message: "must NOT have more than 2 characters",
                schema: 2,
                parentSchema: schema105.properties.country,
                data: data10,
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
              instancePath: instancePath + "/company/country",
              schemaPath: "#/components/schemas/BillToCompany/properties/country/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema105.properties.country.type,
              parentSchema: schema105.properties.country,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/company",
          schemaPath: "#/components/schemas/BillToCompany/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema105.type,
          parentSchema: schema105,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.address1 !== undefined) {
      let data11 = data.address1;
      if (typeof data11 === "string") {
        if (func2(data11) > 255) {
          const err33 = {
            instancePath: instancePath + "/address1",
            schemaPath: "#/properties/address1/maxLength",
            keyword: "maxLength",
            params: { limit: 255 },
            message: "must NOT have more than 255 characters",
            schema: 255,
            parentSchema: schema104.properties.address1,
            data: data11,
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (func2(data11) < 1) {
          const err34 = {
            instancePath: instancePath + "/address1",
            schemaPath: "#/properties/address1/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema104.properties.address1,
            data: data11,
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
          instancePath: instancePath + "/address1",
          schemaPath: "#/properties/address1/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.address1.type,
          parentSchema: schema104.properties.address1,
          data: data11,
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.address2 !== undefined) {
      let data12 = data.address2;
      if (typeof data12 === "string") {
        if (func2(data12) > 60) {
          const err36 = {
            instancePath: instancePath + "/address2",
            schemaPath: "#/properties/address2/maxLength",
            keyword: "maxLength",
            params: { limit: 60 },
            message: "must NOT have more than 60 characters",
            schema: 60,
            parentSchema: schema104.properties.address2,
            data: data12,
          };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = {
          instancePath: instancePath + "/address2",
          schemaPath: "#/properties/address2/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.address2.type,
          parentSchema: schema104.properties.address2,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.buildingNumber !== undefined) {
      let data13 = data.buildingNumber;
      if (typeof data13 === "string") {
        if (func2(data13) > 256) {
          const err38 = {
            instancePath: instancePath + "/buildingNumber",
            schemaPath: "#/properties/buildingNumber/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
            schema: 256,
            parentSchema: schema104.properties.buildingNumber,
            data: data13,
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
          instancePath: instancePath + "/buildingNumber",
          schemaPath: "#/properties/buildingNumber/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.buildingNumber.type,
          parentSchema: schema104.properties.buildingNumber,
          data: data13,
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.district !== undefined) {
      let data14 = data.district;
      if (typeof data14 === "string") {
        if (func2(data14) > 50) {
          const err40 = {
            instancePath: instancePath + "/district",
            schemaPath: "#/properties/district/maxLength",
            keyword: "maxLength",
            params: { limit: 50 },
            message: "must NOT have more than 50 characters",
            schema: 50,
            parentSchema: schema104.properties.district,
            data: data14,
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      } else {
        const err41 = {
          instancePath: instancePath + "/district",
          schemaPath: "#/properties/district/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.district.type,
          parentSchema: schema104.properties.district,
          data: data14,
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.locality !== undefined) {
      let data15 = data.locality;
      if (typeof data15 === "string") {
        if (func2(data15) > 50) {
          const err42 = {
            instancePath: instancePath + "/locality",
            schemaPath: "#/properties/locality/maxLength",
            keyword: "maxLength",
            params: { limit: 50 },
            message: "must NOT have more than 50 characters",
            schema: 50,
            parentSchema: schema104.properties.locality,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (func2(data15) < 1) {
          const err43 = {
            instancePath: instancePath + "/locality",
            schemaPath: "#/properties/locality/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema104.properties.locality,
            data: data15,
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = {
          instancePath: instancePath + "/locality",
          schemaPath: "#/properties/locality/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.locality.type,
          parentSchema: schema104.properties.locality,
          data: data15,
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.administrativeArea !== undefined) {
      let data16 = data.administrativeArea;
      if (typeof data16 === "string") {
        if (func2(data16) > 50) {
          const err45 = {
            instancePath: instancePath + "/administrativeArea",
            schemaPath: "#/properties/administrativeArea/maxLength",
            keyword: "maxLength",
            params: { limit: 50 },
            message: "must NOT have more than 50 characters",
            schema: 50,
            parentSchema: schema104.properties.administrativeArea,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (func2(data16) < 1) {
          const err46 = {
            instancePath: instancePath + "/administrativeArea",
            schemaPath: "#/properties/administrativeArea/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema104.properties.administrativeArea,
            data: data16,
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = {
          instancePath: instancePath + "/administrativeArea",
          schemaPath: "#/properties/administrativeArea/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.administrativeArea.type,
          parentSchema: schema104.properties.administrativeArea,
          data: data16,
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.postalCode !== undefined) {
      let data17 = data.postalCode;
      if (typeof data17 === "string") {
        if (func2(data17) > 10) {
          const err48 = {
            instancePath: instancePath + "/postalCode",
            schemaPath: "#/properties/postalCode/maxLength",
            keyword: "maxLength",
            params: { limit: 10 },
            message: "must NOT have more than 10 characters",
            schema: 10,
            parentSchema: schema104.properties.postalCode,
            data: data17,
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        if (func2(data17) < 1) {
          const err49 = {
            instancePath: instancePath + "/postalCode",
            schemaPath: "#/properties/postalCode/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema104.properties.postalCode,
            data: data17,
          };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
      } else {
        const err50 = {
          instancePath: instancePath + "/postalCode",
          schemaPath: "#/properties/postalCode/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.postalCode.type,
          parentSchema: schema104.properties.postalCode,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.country !== undefined) {
      let data18 = data.country;
      if (typeof data18 === "string") {
        if (func2(data18) > 3) {
          const err51 = {
            instancePath: instancePath + "/country",
            schemaPath: "#/properties/country/maxLength",
            keyword: "maxLength",
            params: { limit: 3 },
            message: "must NOT have more than 3 characters",
            schema: 3,
            parentSchema: schema104.properties.country,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (func2(data18) < 1) {
          const err52 = {
            instancePath: instancePath + "/country",
            schemaPath: "#/properties/country/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema104.properties.country,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (!pattern40.test(data18)) {
          const err53 = {
            instancePath: instancePath + "/country",
            schemaPath: "#/properties/country/pattern",
            keyword: "pattern",
            params: { pattern: "^[A-Za-z]{2}$" },
            message: 'must match pattern "' + "^[A-Za-z]{2}$" + '"',
            schema: "^[A-Za-z]{2}$",
            parentSchema: schema104.properties.country,
            data: data18,
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = {
          instancePath: instancePath + "/country",
          schemaPath: "#/properties/country/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.country.type,
          parentSchema: schema104.properties.country,
          data: data18,
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.email !== undefined) {
      let data19 = data.email;
      if (typeof data19 === "string") {
        if (func2(data19) > 255) {
          const err55 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/maxLength",
            keyword: "maxLength",
            params: { limit: 255 },
            message: "must NOT have more than 255 characters",
            schema: 255,
            parentSchema: schema104.properties.email,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        if (func2(data19) < 3) {
          const err56 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/minLength",
            keyword: "minLength",
            params: { limit: 3 },
            message: "must NOT have fewer than 3 characters",
            schema: 3,
            parentSchema: schema104.properties.email,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        if (!pattern41.test(data19)) {
          const err57 = {
            instancePath: instancePath + "/email",
            schemaPath: "#/properties/email/pattern",
            keyword: "pattern",
            params: {
              pattern:
                "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
            },
            message:
              'must match pattern "' +
              "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$" +
              '"',
            schema:
              "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$",
            parentSchema: schema104.properties.email,
            data: data19,
          };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      } else {
        const err58 = {
          instancePath: instancePath + "/email",
          schemaPath: "#/properties/email/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.email.type,
          parentSchema: schema104.properties.email,
          data: data19,
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.phoneNumber !== undefined) {
      let data20 = data.phoneNumber;
      if (typeof data20 === "string") {
        if (func2(data20) > 15) {
          const err59 = {
            instancePath: instancePath + "/phoneNumber",
            schemaPath: "#/properties/phoneNumber/maxLength",
            keyword: "maxLength",
            params: { limit: 15 },
            message: "must NOT have more than 15 characters",
            schema: 15,
            parentSchema: schema104.properties.phoneNumber,
            data: data20,
          };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      } else {
        const err60 = {
          instancePath: instancePath + "/phoneNumber",
          schemaPath: "#/properties/phoneNumber/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema104.properties.phoneNumber.type,
          parentSchema: schema104.properties.phoneNumber,
          data: data20,
        };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
  } else {
    const err61 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema104.type,
      parentSchema: schema104,
      data,
    };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate62.errors = vErrors;
  return errors === 0;
}
validate62.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const pattern42 = new RegExp("^[0-9]+$", "u");
const pattern43 = new RegExp("^[0-9]+(\\.[0-9]+)?$", "u");
function validate59(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate59.evaluated;
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
        schema: schema100.required,
        parentSchema: schema100,
        data,
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
        schema: schema100.required,
        parentSchema: schema100,
        data,
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
        key0 === "amountDetails" ||
        key0 === "billTo" ||
        key0 === "shipTo" ||
        key0 === "lineItems" ||
        key0 === "invoiceDetails"
      )) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema100,
          data,
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
        !validate60(data.amountDetails, {
          instancePath: instancePath + "/amountDetails",
          parentData: data,
          parentDataProperty: "amountDetails",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.billTo !== undefined) {
      if (
        !validate62(data.billTo, {
          instancePath: instancePath + "/billTo",
          parentData: data,
          parentDataProperty: "billTo",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
        errors = vErrors.length;
      }
    }
    if (data.shipTo !== undefined) {
      let data2 = data.shipTo;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!func1.call(schema106.properties, key1)) {
            const err3 = {
              instancePath: instancePath + "/shipTo",
              schemaPath: "#/components/schemas/ShipTo/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema106,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data2.firstName !== undefined) {
          let data3 = data2.firstName;
          if (typeof data3 === "string") {
            if (func2(data3) > 60) {
              const err4 = {
                instancePath: instancePath + "/shipTo/firstName",
                schemaPath: "#/components/schemas/ShipTo/properties/firstName/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema106.properties.firstName,
                data: data3,
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
              instancePath: instancePath + "/shipTo/firstName",
              schemaPath: "#/components/schemas/ShipTo/properties/firstName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.firstName.type,
              parentSchema: schema106.properties.firstName,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.middleName !== undefined) {
          let data4 = data2.middleName;
          if (typeof data4 === "string") {
            if (func2(data4) > 60) {
              const err6 = {
                instancePath: instancePath + "/shipTo/middleName",
                schemaPath: "#/components/schemas/ShipTo/properties/middleName/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema106.properties.middleName,
                data: data4,
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
              instancePath: instancePath + "/shipTo/middleName",
              schemaPath: "#/components/schemas/ShipTo/properties/middleName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.middleName.type,
              parentSchema: schema106.properties.middleName,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.lastName !== undefined) {
          let data5 = data2.lastName;
          if (typeof data5 === "string") {
            if (func2(data5) > 60) {
              const err8 = {
                instancePath: instancePath + "/shipTo/lastName",
                schemaPath: "#/components/schemas/ShipTo/properties/lastName/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema106.properties.lastName,
                data: data5,
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
              instancePath: instancePath + "/shipTo/lastName",
              schemaPath: "#/components/schemas/ShipTo/properties/lastName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.lastName.type,
              parentSchema: schema106.properties.lastName,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.company !== undefined) {
          let data6 = data2.company;
          if (typeof data6 === "string") {
            if (func2(data6) > 60) {
              const err10 = {
                instancePath: instancePath + "/shipTo/company",
                schemaPath: "#/components/schemas/ShipTo/properties/company/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema106.properties.company,
                data: data6,
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
              instancePath: instancePath + "/shipTo/company",
              schemaPath: "#/components/schemas/ShipTo/properties/company/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.company.type,
              parentSchema: schema106.properties.company,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.address1 !== undefined) {
          let data7 = data2.address1;
          if (typeof data7 === "string") {
            if (func2(data7) > 60) {
              const err12 = {
                instancePath: instancePath + "/shipTo/address1",
                schemaPath: "#/components/schemas/ShipTo/properties/address1/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema106.properties.address1,
                data: data7,
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
              instancePath: instancePath + "/shipTo/address1",
              schemaPath: "#/components/schemas/ShipTo/properties/address1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.address1.type,
              parentSchema: schema106.properties.address1,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data2.address2 !== undefined) {
          let data8 = data2.address2;
          if (typeof data8 === "string") {
            if (func2(data8) > 60) {
              const err14 = {
                instancePath: instancePath + "/shipTo/address2",
                schemaPath: "#/components/schemas/ShipTo/properties/address2/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema106.properties.address2,
                data: data8,
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
              instancePath: instancePath + "/shipTo/address2",
              schemaPath: "#/components/schemas/ShipTo/properties/address2/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.address2.type,
              parentSchema: schema106.properties.address2,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data2.buildingNumber !== undefined) {
          let data9 = data2.buildingNumber;
          if (typeof data9 === "string") {
            if (func2(data9) > 15) {
              const err16 = {
                instancePath: instancePath + "/shipTo/buildingNumber",
                schemaPath: "#/components/schemas/ShipTo/properties/buildingNumber/maxLength",
                keyword: "maxLength",
                params: { limit: 15 },
                message: "must NOT have more than 15 characters",
                schema: 15,
                parentSchema: schema106.properties.buildingNumber,
                data: data9,
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
              instancePath: instancePath + "/shipTo/buildingNumber",
              schemaPath: "#/components/schemas/ShipTo/properties/buildingNumber/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.buildingNumber.type,
              parentSchema: schema106.properties.buildingNumber,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data2.district !== undefined) {
          let data10 = data2.district;
          if (typeof data10 === "string") {
            if (func2(data10) > 50) {
              const err18 = {
                instancePath: instancePath + "/shipTo/district",
                schemaPath: "#/components/schemas/ShipTo/properties/district/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
                schema: 50,
                parentSchema: schema106.properties.district,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/shipTo/district",
              schemaPath: "#/components/schemas/ShipTo/properties/district/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.district.type,
              parentSchema: schema106.properties.district,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.locality !== undefined) {
          let data11 = data2.locality;
          if (typeof data11 === "string") {
            if (func2(data11) > 50) {
              const err20 = {
                instancePath: instancePath + "/shipTo/locality",
                schemaPath: "#/components/schemas/ShipTo/properties/locality/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
                schema: 50,
                parentSchema: schema106.properties.locality,
                data: data11,
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
              instancePath: instancePath + "/shipTo/locality",
              schemaPath: "#/components/schemas/ShipTo/properties/locality/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.locality.type,
              parentSchema: schema106.properties.locality,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data2.administrativeArea !== undefined) {
          let data12 = data2.administrativeArea;
          if (typeof data12 === "string") {
            if (func2(data12) > 50) {
              const err22 = {
                instancePath: instancePath + "/shipTo/administrativeArea",
                schemaPath: "#/components/schemas/ShipTo/properties/administrativeArea/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
                schema: 50,
                parentSchema: schema106.properties.administrativeArea,
                data: data12,
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
              instancePath: instancePath + "/shipTo/administrativeArea",
              schemaPath: "#/components/schemas/ShipTo/properties/administrativeArea/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.administrativeArea.type,
              parentSchema: schema106.properties.administrativeArea,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data2.postalCode !== undefined) {
          let data13 = data2.postalCode;
          if (typeof data13 === "string") {
            if (func2(data13) > 32) {
              const err24 = {
                instancePath: instancePath + "/shipTo/postalCode",
                schemaPath: "#/components/schemas/ShipTo/properties/postalCode/maxLength",
                keyword: "maxLength",
                params: { limit: 32 },
                message: "must NOT have more than 32 characters",
                schema: 32,
                parentSchema: schema106.properties.postalCode,
                data: data13,
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
              instancePath: instancePath + "/shipTo/postalCode",
              schemaPath: "#/components/schemas/ShipTo/properties/postalCode/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.postalCode.type,
              parentSchema: schema106.properties.postalCode,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data2.country !== undefined) {
          let data14 = data2.country;
          if (typeof data14 === "string") {
            if (func2(data14) > 3) {
              const err26 = {
                instancePath: instancePath + "/shipTo/country",
                schemaPath: "#/components/schemas/ShipTo/properties/country/maxLength",
                keyword: "maxLength",
                params: { limit: 3 },
                message: "must NOT have more than 3 characters",
                schema: 3,
                parentSchema: schema106.properties.country,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/shipTo/country",
              schemaPath: "#/components/schemas/ShipTo/properties/country/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.country.type,
              parentSchema: schema106.properties.country,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data2.phoneNumber !== undefined) {
          let data15 = data2.phoneNumber;
          if (typeof data15 === "string") {
            if (func2(data15) > 15) {
              const err28 = {
                instancePath: instancePath + "/shipTo/phoneNumber",
                schemaPath: "#/components/schemas/ShipTo/properties/phoneNumber/maxLength",
                keyword: "maxLength",
                params: { limit: 15 },
                message: "must NOT have more than 15 characters",
                schema: 15,
                parentSchema: schema106.properties.phoneNumber,
                data: data15,
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
              instancePath: instancePath + "/shipTo/phoneNumber",
              schemaPath: "#/components/schemas/ShipTo/properties/phoneNumber/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.phoneNumber.type,
              parentSchema: schema106.properties.phoneNumber,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data2.email !== undefined) {
          let data16 = data2.email;
          if (typeof data16 === "string") {
            if (func2(data16) > 255) {
              const err30 = {
                instancePath: instancePath + "/shipTo/email",
                schemaPath: "#/components/schemas/ShipTo/properties/email/maxLength",
                keyword: "maxLength",
                params: { limit: 255 },
                message: "must NOT have more than 255 characters",
                schema: 255,
                parentSchema: schema106.properties.email,
                data: data16,
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
              instancePath: instancePath + "/shipTo/email",
              schemaPath: "#/components/schemas/ShipTo/properties/email/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema106.properties.email.type,
              parentSchema: schema106.properties.email,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/shipTo",
          schemaPath: "#/components/schemas/ShipTo/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema106.type,
          parentSchema: schema106,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.lineItems !== undefined) {
      let data17 = data.lineItems;
      if (Array.isArray(data17)) {
        const len0 = data17.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data18 = data17[i0];
          if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key2 in data18) {
              if (!(
                key2 === "productCode" ||
                key2 === "productName" ||
                key2 === "productSku" ||
                key2 === "quantity" ||
                key2 === "unitPrice" ||
                key2 === "taxAmount"
              )) {
                const err33 = {
                  instancePath: instancePath + "/lineItems/" + i0,
                  schemaPath: "#/components/schemas/LineItem/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema107,
                  data: data18,
                };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data18.productCode !== undefined) {
              let data19 = data18.productCode;
              if (typeof data19 === "string") {
                if (func2(data19) > 255) {
                  const err34 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/productCode",
                    schemaPath: "#/components/schemas/LineItem/properties/productCode/maxLength",
                    keyword: "maxLength",
                    params: { limit: 255 },
                    message: "must NOT have more than 255 characters",
                    schema: 255,
                    parentSchema: schema107.properties.productCode,
                    data: data19,
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
                  instancePath: instancePath + "/lineItems/" + i0 + "/productCode",
                  schemaPath: "#/components/schemas/LineItem/properties/productCode/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema107.properties.productCode.type,
                  parentSchema: schema107.properties.productCode,
                  data: data19,
                };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data18.productName !== undefined) {
              let data20 = data18.productName;
              if (typeof data20 === "string") {
                if (func2(data20) > 255) {
                  const err36 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/productName",
                    schemaPath: "#/components/schemas/LineItem/properties/productName/maxLength",
                    keyword: "maxLength",
                    params: { limit: 255 },
                    message: "must NOT have more than 255 characters",
                    schema: 255,
                    parentSchema: schema107.properties.productName,
                    data: data20,
                  };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = {
                  instancePath: instancePath + "/lineItems/" + i0 + "/productName",
                  schemaPath: "#/components/schemas/LineItem/properties/productName/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema107.properties.productName.type,
                  parentSchema: schema107.properties.productName,
                  data: data20,
                };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data18.productSku !== undefined) {
              let data21 = data18.productSku;
              if (typeof data21 === "string") {
                if (func2(data21) > 255) {
                  const err38 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/productSku",
                    schemaPath: "#/components/schemas/LineItem/properties/productSku/maxLength",
                    keyword: "maxLength",
                    params: { limit: 255 },
                    message: "must NOT have more than 255 characters",
                    schema: 255,
                    parentSchema: schema107.properties.productSku,
                    data: data21,
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
                  instancePath: instancePath + "/lineItems/" + i0 + "/productSku",
                  schemaPath: "#/components/schemas/LineItem/properties/productSku/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema107.properties.productSku.type,
                  parentSchema: schema107.properties.productSku,
                  data: data21,
                };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data18.quantity !== undefined) {
              let data22 = data18.quantity;
              if (
                !(
                  typeof data22 == "number" &&
                  !(data22 % 1) &&
                  !isNaN(data22) &&
                  isFinite(data22)
                ) &&
                typeof data22 !== "string"
              ) {
                const err40 = {
                  instancePath: instancePath + "/lineItems/" + i0 + "/quantity",
                  schemaPath: "#/components/schemas/LineItem/properties/quantity/type",
                  keyword: "type",
                  params: { type: schema107.properties.quantity.type },
                  message: "must be integer,string",
                  schema: schema107.properties.quantity.type,
                  parentSchema: schema107.properties.quantity,
                  data: data22,
                };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 > 999999999 || isNaN(data22)) {
                  const err41 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/quantity",
                    schemaPath: "#/components/schemas/LineItem/properties/quantity/maximum",
                    keyword: "maximum",
                    params: { comparison: "<=", limit: 999999999 },
                    message: "must be <= 999999999",
                    schema: 999999999,
                    parentSchema: schema107.properties.quantity,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err41];
                  } else {
                    vErrors.push(err41);
                  }
                  errors++;
                }
                if (data22 < 1 || isNaN(data22)) {
                  const err42 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/quantity",
                    schemaPath: "#/components/schemas/LineItem/properties/quantity/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 1 },
                    message: "must be >= 1",
                    schema: 1,
                    parentSchema: schema107.properties.quantity,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              }
              if (typeof data22 === "string") {
                if (!pattern42.test(data22)) {
                  const err43 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/quantity",
                    schemaPath: "#/components/schemas/LineItem/properties/quantity/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9]+$" },
                    message: 'must match pattern "' + "^[0-9]+$" + '"',
                    schema: "^[0-9]+$",
                    parentSchema: schema107.properties.quantity,
                    data: data22,
                  };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
            if (data18.unitPrice !== undefined) {
              let data23 = data18.unitPrice;
              if (typeof data23 === "string") {
                if (func2(data23) > 15) {
                  const err44 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/unitPrice",
                    schemaPath: "#/components/schemas/LineItem/properties/unitPrice/maxLength",
                    keyword: "maxLength",
                    params: { limit: 15 },
                    message: "must NOT have more than 15 characters",
                    schema: 15,
                    parentSchema: schema107.properties.unitPrice,
                    data: data23,
                  };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                if (!pattern43.test(data23)) {
                  const err45 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/unitPrice",
                    schemaPath: "#/components/schemas/LineItem/properties/unitPrice/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9]+(\\.[0-9]+)?$" },
                    message: 'must match pattern "' + "^[0-9]+(\\.[0-9]+)?$" + '"',
                    schema: "^[0-9]+(\\.[0-9]+)?$",
                    parentSchema: schema107.properties.unitPrice,
                    data: data23,
                  };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = {
                  instancePath: instancePath + "/lineItems/" + i0 + "/unitPrice",
                  schemaPath: "#/components/schemas/LineItem/properties/unitPrice/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema107.properties.unitPrice.type,
                  parentSchema: schema107.properties.unitPrice,
                  data: data23,
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data18.taxAmount !== undefined) {
              let data24 = data18.taxAmount;
              if (typeof data24 === "string") {
                if (func2(data24) > 15) {
                  const err47 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/taxAmount",
                    schemaPath: "#/components/schemas/LineItem/properties/taxAmount/maxLength",
                    keyword: "maxLength",
                    params: { limit: 15 },
                    message: "must NOT have more than 15 characters",
                    schema: 15,
                    parentSchema: schema107.properties.taxAmount,
                    data: data24,
                  };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (!pattern43.test(data24)) {
                  const err48 = {
                    instancePath: instancePath + "/lineItems/" + i0 + "/taxAmount",
                    schemaPath: "#/components/schemas/LineItem/properties/taxAmount/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[0-9]+(\\.[0-9]+)?$" },
                    message: 'must match pattern "' + "^[0-9]+(\\.[0-9]+)?$" + '"',
                    schema: "^[0-9]+(\\.[0-9]+)?$",
                    parentSchema: schema107.properties.taxAmount,
                    data: data24,
                  };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              } else {
                const err49 = {
                  instancePath: instancePath + "/lineItems/" + i0 + "/taxAmount",
                  schemaPath: "#/components/schemas/LineItem/properties/taxAmount/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema107.properties.taxAmount.type,
                  parentSchema: schema107.properties.taxAmount,
                  data: data24,
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = {
              instancePath: instancePath + "/lineItems/" + i0,
              schemaPath: "#/components/schemas/LineItem/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema107.type,
              parentSchema: schema107,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = {
          instancePath: instancePath + "/lineItems",
          schemaPath: "#/properties/lineItems/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema100.properties.lineItems.type,
          parentSchema: schema100.properties.lineItems,
          data: data17,
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.invoiceDetails !== undefined) {
      let data25 = data.invoiceDetails;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        for (const key3 in data25) {
          if (!(key3 === "salesSlipNumber" || key3 === "purchaseOrderNumber")) {
            const err52 = {
              instancePath: instancePath + "/invoiceDetails",
              schemaPath: "#/properties/invoiceDetails/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema100.properties.invoiceDetails,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data25.salesSlipNumber !== undefined) {
          let data26 = data25.salesSlipNumber;
          if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
            const err53 = {
              instancePath: instancePath + "/invoiceDetails/salesSlipNumber",
              schemaPath: "#/properties/invoiceDetails/properties/salesSlipNumber/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema100.properties.invoiceDetails.properties.salesSlipNumber.type,
              parentSchema: schema100.properties.invoiceDetails.properties.salesSlipNumber,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (typeof data26 == "number" && isFinite(data26)) {
            if (data26 > 99999 || isNaN(data26)) {
              const err54 = {
                instancePath: instancePath + "/invoiceDetails/salesSlipNumber",
                schemaPath: "#/properties/invoiceDetails/properties/salesSlipNumber/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 99999 },
                message: "must be <= 99999",
                schema: 99999,
                parentSchema: schema100.properties.invoiceDetails.properties.salesSlipNumber,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            if (data26 < 0 || isNaN(data26)) {
              const err55 = {
                instancePath: instancePath + "/invoiceDetails/salesSlipNumber",
                schemaPath: "#/properties/invoiceDetails/properties/salesSlipNumber/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema100.properties.invoiceDetails.properties.salesSlipNumber,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
        }
        if (data25.purchaseOrderNumber !== undefined) {
          let data27 = data25.purchaseOrderNumber;
          if (typeof data27 === "string") {
            if (func2(data27) > 50) {
              const err56 = {
                instancePath: instancePath + "/invoiceDetails/purchaseOrderNumber",
                schemaPath: "#/properties/invoiceDetails/properties/purchaseOrderNumber/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
                schema: 50,
                parentSchema: schema100.properties.invoiceDetails.properties.purchaseOrderNumber,
                data: data27,
              };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = {
              instancePath: instancePath + "/invoiceDetails/purchaseOrderNumber",
              schemaPath: "#/properties/invoiceDetails/properties/purchaseOrderNumber/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema100.properties.invoiceDetails.properties.purchaseOrderNumber.type,
              parentSchema: schema100.properties.invoiceDetails.properties.purchaseOrderNumber,
              data: data27,
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = {
          instancePath: instancePath + "/invoiceDetails",
          schemaPath: "#/properties/invoiceDetails/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema100.properties.invoiceDetails.type,
          parentSchema: schema100.properties.invoiceDetails,
          data: data25,
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
  } else {
    const err59 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema100.type,
      parentSchema: schema100,
      data,
    };
    if (vErrors === null) {
      vErrors = [err59];
    } else {
      vErrors.push(err59);
    }
    errors++;
  }
  validate59.errors = vErrors;
  return errors === 0;
}
validate59.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema110 = {
  type: "object",
  additionalProperties: false,
  properties: { merchantDescriptor: { $ref: "#/components/schemas/MerchantDescriptor" } },
};
const schema111 = {
  type: "object",
  additionalProperties: false,
  properties: {
    name: { type: "string" },
    alternateName: { type: "string", maxLength: 13 },
    contact: { type: "string", maxLength: 25, "x-warn-maxLength": 14 },
    address1: { type: "string", maxLength: 60 },
    locality: { type: "string", maxLength: 30, "x-warn-maxLength": 13 },
    country: { type: "string", maxLength: 3 },
    postalCode: { type: "string", maxLength: 14 },
  },
};
function validate65(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "merchantDescriptor")) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema110,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.merchantDescriptor !== undefined) {
      let data0 = data.merchantDescriptor;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(
            key1 === "name" ||
            key1 === "alternateName" ||
            key1 === "contact" ||
            key1 === "address1" ||
            key1 === "locality" ||
            key1 === "country" ||
            key1 === "postalCode"
          )) {
            const err1 = {
              instancePath: instancePath + "/merchantDescriptor",
              schemaPath: "#/components/schemas/MerchantDescriptor/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema111,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.name !== undefined) {
          let data1 = data0.name;
          if (typeof data1 !== "string") {
            const err2 = {
              instancePath: instancePath + "/merchantDescriptor/name",
              schemaPath: "#/components/schemas/MerchantDescriptor/properties/name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema111.properties.name.type,
              parentSchema: schema111.properties.name,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.alternateName !== undefined) {
          let data2 = data0.alternateName;
          if (typeof data2 === "string") {
            if (func2(data2) > 13) {
              const err3 = {
                instancePath: instancePath + "/merchantDescriptor/alternateName",
                schemaPath:
                  "#/components/schemas/MerchantDescriptor/properties/alternateName/maxLength",
                keyword: "maxLength",
                params: { limit: 13 },
                message: "must NOT have more than 13 characters",
                schema: 13,
                parentSchema: schema111.properties.alternateName,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + "/merchantDescriptor/alternateName",
              schemaPath: "#/components/schemas/MerchantDescriptor/properties/alternateName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema111.properties.alternateName.type,
              parentSchema: schema111.properties.alternateName,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.contact !== undefined) {
          let data3 = data0.contact;
          if (typeof data3 === "string") {
            if (func2(data3) > 25) {
              const err5 = {
                instancePath: instancePath + "/merchantDescriptor/contact",
                schemaPath: "#/components/schemas/MerchantDescriptor/properties/contact/maxLength",
                keyword: "maxLength",
                params: { limit: 25 },
                message: "must NOT have more than 25 characters",
                schema: 25,
                parentSchema: schema111.properties.contact,
                data: data3,
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
              instancePath: instancePath + "/merchantDescriptor/contact",
              schemaPath: "#/components/schemas/MerchantDescriptor/properties/contact/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema111.properties.contact.type,
              parentSchema: schema111.properties.contact,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.address1 !== undefined) {
          let data4 = data0.address1;
          if (typeof data4 === "string") {
            if (func2(data4) > 60) {
              const err7 = {
                instancePath: instancePath + "/merchantDescriptor/address1",
                schemaPath: "#/components/schemas/MerchantDescriptor/properties/address1/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema111.properties.address1,
                data: data4,
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
              instancePath: instancePath + "/merchantDescriptor/address1",
              schemaPath: "#/components/schemas/MerchantDescriptor/properties/address1/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema111.properties.address1.type,
              parentSchema: schema111.properties.address1,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.locality !== undefined) {
          let data5 = data0.locality;
          if (typeof data5 === "string") {
            if (func2(data5) > 30) {
              const err9 = {
                instancePath: instancePath + "/merchantDescriptor/locality",
                schemaPath: "#/components/schemas/MerchantDescriptor/properties/locality/maxLength",
                keyword: "maxLength",
                params: { limit: 30 },
                message: "must NOT have more than 30 characters",
                schema: 30,
                parentSchema: schema111.properties.locality,
                data: data5,
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
              instancePath: instancePath + "/merchantDescriptor/locality",
              schemaPath: "#/components/schemas/MerchantDescriptor/properties/locality/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema111.properties.locality.type,
              parentSchema: schema111.properties.locality,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.country !== undefined) {
          let data6 = data0.country;
          if (typeof data6 === "string") {
            if (func2(data6) > 3) {
              const err11 = {
                instancePath: instancePath + "/merchantDescriptor/country",
                schemaPath: "#/components/schemas/MerchantDescriptor/properties/country/maxLength",
                keyword: "maxLength",
                params: { limit: 3 },
                message: "must NOT have more than 3 characters",
                schema: 3,
                parentSchema: schema111.properties.country,
                data: data6,
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
              instancePath: instancePath + "/merchantDescriptor/country",
              schemaPath: "#/components/schemas/MerchantDescriptor/properties/country/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema111.properties.country.type,
              parentSchema: schema111.properties.country,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.postalCode !== undefined) {
          let data7 = data0.postalCode;
          if (typeof data7 === "string") {
            if (func2(data7) > 14) {
              const err13 = {
                instancePath: instancePath + "/merchantDescriptor/postalCode",
                schemaPath:
                  "#/components/schemas/MerchantDescriptor/properties/postalCode/maxLength",
                keyword: "maxLength",
                params: { limit: 14 },
                message: "must NOT have more than 14 characters",
                schema: 14,
                parentSchema: schema111.properties.postalCode,
                data: data7,
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
              instancePath: instancePath + "/merchantDescriptor/postalCode",
              schemaPath: "#/components/schemas/MerchantDescriptor/properties/postalCode/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema111.properties.postalCode.type,
              parentSchema: schema111.properties.postalCode,
              data: data7,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/merchantDescriptor",
          schemaPath: "#/components/schemas/MerchantDescriptor/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema111.type,
          parentSchema: schema111,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema110.type,
      parentSchema: schema110,
      data,
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema112 = {
  type: "array",
  maxItems: 100,
  items: { $ref: "#/components/schemas/MerchantDefinedField" },
};
const schema113 = {
  type: "object",
  additionalProperties: false,
  required: ["key", "value"],
  properties: {
    key: { type: "string", pattern: "^(100|[1-9]?[0-9])$", "x-severity": "warning", maxLength: 50 },
    value: { type: "string", maxLength: 800, "x-warn-maxLength": 255 },
  },
};
const pattern48 = new RegExp("^(100|[1-9]?[0-9])$", "u");
function validate67(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate67.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (Array.isArray(data)) {
    if (data.length > 100) {
      const err0 = {
        instancePath,
        schemaPath: "#/maxItems",
        keyword: "maxItems",
        params: { limit: 100 },
        message: "must NOT have more than 100 items",
        schema: 100,
        parentSchema: schema112,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.key === undefined) {
          const err1 = {
            instancePath: instancePath + "/" + i0,
            schemaPath: "#/components/schemas/MerchantDefinedField/required",
            keyword: "required",
            params: { missingProperty: "key" },
            message: "must have required property '" + "key" + "'",
            schema: schema113.required,
            parentSchema: schema113,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0.value === undefined) {
          const err2 = {
            instancePath: instancePath + "/" + i0,
            schemaPath: "#/components/schemas/MerchantDefinedField/required",
            keyword: "required",
            params: { missingProperty: "value" },
            message: "must have required property '" + "value" + "'",
            schema: schema113.required,
            parentSchema: schema113,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "key" || key0 === "value")) {
            const err3 = {
              instancePath: instancePath + "/" + i0,
              schemaPath: "#/components/schemas/MerchantDefinedField/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key0 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema113,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.key !== undefined) {
          let data1 = data0.key;
          if (typeof data1 === "string") {
            if (func2(data1) > 50) {
              const err4 = {
                instancePath: instancePath + "/" + i0 + "/key",
                schemaPath: "#/components/schemas/MerchantDefinedField/properties/key/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
                schema: 50,
                parentSchema: schema113.properties.key,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern48.test(data1)) {
              const err5 = {
                instancePath: instancePath + "/" + i0 + "/key",
                schemaPath: "#/components/schemas/MerchantDefinedField/properties/key/pattern",
                keyword: "pattern",
                params: { pattern: "^(100|[1-9]?[0-9])$" },
                message: 'must match pattern "' + "^(100|[1-9]?[0-9])$" + '"',
                schema: "^(100|[1-9]?[0-9])$",
                parentSchema: schema113.properties.key,
                data: data1,
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
              instancePath: instancePath + "/" + i0 + "/key",
              schemaPath: "#/components/schemas/MerchantDefinedField/properties/key/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema113.properties.key.type,
              parentSchema: schema113.properties.key,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.value !== undefined) {
          let data2 = data0.value;
          if (typeof data2 === "string") {
            if (func2(data2) > 800) {
              const err7 = {
                instancePath: instancePath + "/" + i0 + "/value",
                schemaPath: "#/components/schemas/MerchantDefinedField/properties/value/maxLength",
                keyword: "maxLength",
                params: { limit: 800 },
                message: "must NOT have more than 800 characters",
                schema: 800,
                parentSchema: schema113.properties.value,
                data: data2,
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
              instancePath: instancePath + "/" + i0 + "/value",
              schemaPath: "#/components/schemas/MerchantDefinedField/properties/value/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema113.properties.value.type,
              parentSchema: schema113.properties.value,
              data: data2,
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
          instancePath: instancePath + "/" + i0,
          schemaPath: "#/components/schemas/MerchantDefinedField/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema113.type,
          parentSchema: schema113,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "array" },
      message: "must be array",
      schema: schema112.type,
      parentSchema: schema112,
      data,
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate67.errors = vErrors;
  return errors === 0;
}
validate67.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
const pattern38 = new RegExp("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$", "u");
const pattern45 = new RegExp("^[0-9]{8}$", "u");
const pattern47 = new RegExp("^[A-Za-z0-9_-]+$", "u");
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
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.processingInformation === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "processingInformation" },
        message: "must have required property '" + "processingInformation" + "'",
        schema: schema32.required,
        parentSchema: schema32,
        data,
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema32,
          data,
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
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.processingInformation !== undefined) {
      if (
        !validate24(data.processingInformation, {
          instancePath: instancePath + "/processingInformation",
          parentData: data,
          parentDataProperty: "processingInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.paymentInformation !== undefined) {
      if (
        !validate47(data.paymentInformation, {
          instancePath: instancePath + "/paymentInformation",
          parentData: data,
          parentDataProperty: "paymentInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenInformation !== undefined) {
      let data3 = data.tokenInformation;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "transientTokenJwt" || key1 === "jti" || key1 === "networkTokenOption")) {
            const err3 = {
              instancePath: instancePath + "/tokenInformation",
              schemaPath: "#/components/schemas/TokenInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema99,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data3.transientTokenJwt !== undefined) {
          let data4 = data3.transientTokenJwt;
          if (typeof data4 === "string") {
            if (func2(data4) < 1) {
              const err4 = {
                instancePath: instancePath + "/tokenInformation/transientTokenJwt",
                schemaPath:
                  "#/components/schemas/TokenInformation/properties/transientTokenJwt/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema99.properties.transientTokenJwt,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern38.test(data4)) {
              const err5 = {
                instancePath: instancePath + "/tokenInformation/transientTokenJwt",
                schemaPath:
                  "#/components/schemas/TokenInformation/properties/transientTokenJwt/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$" },
                message:
                  'must match pattern "' +
                  "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$" +
                  '"',
                schema: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$",
                parentSchema: schema99.properties.transientTokenJwt,
                data: data4,
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
              instancePath: instancePath + "/tokenInformation/transientTokenJwt",
              schemaPath: "#/components/schemas/TokenInformation/properties/transientTokenJwt/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema99.properties.transientTokenJwt.type,
              parentSchema: schema99.properties.transientTokenJwt,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data3.jti !== undefined) {
          let data5 = data3.jti;
          if (typeof data5 === "string") {
            if (func2(data5) > 64) {
              const err7 = {
                instancePath: instancePath + "/tokenInformation/jti",
                schemaPath: "#/components/schemas/TokenInformation/properties/jti/maxLength",
                keyword: "maxLength",
                params: { limit: 64 },
                message: "must NOT have more than 64 characters",
                schema: 64,
                parentSchema: schema99.properties.jti,
                data: data5,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func2(data5) < 1) {
              const err8 = {
                instancePath: instancePath + "/tokenInformation/jti",
                schemaPath: "#/components/schemas/TokenInformation/properties/jti/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema99.properties.jti,
                data: data5,
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
              instancePath: instancePath + "/tokenInformation/jti",
              schemaPath: "#/components/schemas/TokenInformation/properties/jti/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema99.properties.jti.type,
              parentSchema: schema99.properties.jti,
              data: data5,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data3.networkTokenOption !== undefined) {
          let data6 = data3.networkTokenOption;
          if (typeof data6 !== "string") {
            const err10 = {
              instancePath: instancePath + "/tokenInformation/networkTokenOption",
              schemaPath:
                "#/components/schemas/TokenInformation/properties/networkTokenOption/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema99.properties.networkTokenOption.type,
              parentSchema: schema99.properties.networkTokenOption,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
          if (!(data6 === "ignore" || data6 === "prefer")) {
            const err11 = {
              instancePath: instancePath + "/tokenInformation/networkTokenOption",
              schemaPath:
                "#/components/schemas/TokenInformation/properties/networkTokenOption/enum",
              keyword: "enum",
              params: { allowedValues: schema99.properties.networkTokenOption.enum },
              message: "must be equal to one of the allowed values",
              schema: schema99.properties.networkTokenOption.enum,
              parentSchema: schema99.properties.networkTokenOption,
              data: data6,
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
          instancePath: instancePath + "/tokenInformation",
          schemaPath: "#/components/schemas/TokenInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema99.type,
          parentSchema: schema99,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.orderInformation !== undefined) {
      if (
        !validate59(data.orderInformation, {
          instancePath: instancePath + "/orderInformation",
          parentData: data,
          parentDataProperty: "orderInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
        errors = vErrors.length;
      }
    }
    if (data.buyerInformation !== undefined) {
      let data8 = data.buyerInformation;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!(
            key2 === "merchantCustomerId" ||
            key2 === "dateOfBirth" ||
            key2 === "mobilePhone"
          )) {
            const err13 = {
              instancePath: instancePath + "/buyerInformation",
              schemaPath: "#/components/schemas/BuyerInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema108,
              data: data8,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data8.merchantCustomerId !== undefined) {
          let data9 = data8.merchantCustomerId;
          if (typeof data9 === "string") {
            if (func2(data9) > 100) {
              const err14 = {
                instancePath: instancePath + "/buyerInformation/merchantCustomerId",
                schemaPath:
                  "#/components/schemas/BuyerInformation/properties/merchantCustomerId/maxLength",
                keyword: "maxLength",
                params: { limit: 100 },
                message: "must NOT have more than 100 characters",
                schema: 100,
                parentSchema: schema108.properties.merchantCustomerId,
                data: data9,
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
              instancePath: instancePath + "/buyerInformation/merchantCustomerId",
              schemaPath:
                "#/components/schemas/BuyerInformation/properties/merchantCustomerId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema108.properties.merchantCustomerId.type,
              parentSchema: schema108.properties.merchantCustomerId,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data8.dateOfBirth !== undefined) {
          let data10 = data8.dateOfBirth;
          if (typeof data10 === "string") {
            if (func2(data10) > 8) {
              const err16 = {
                instancePath: instancePath + "/buyerInformation/dateOfBirth",
                schemaPath:
                  "#/components/schemas/BuyerInformation/properties/dateOfBirth/maxLength",
                keyword: "maxLength",
                params: { limit: 8 },
                message: "must NOT have more than 8 characters",
                schema: 8,
                parentSchema: schema108.properties.dateOfBirth,
                data: data10,
              };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            if (!pattern45.test(data10)) {
              const err17 = {
                instancePath: instancePath + "/buyerInformation/dateOfBirth",
                schemaPath: "#/components/schemas/BuyerInformation/properties/dateOfBirth/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9]{8}$" },
                message: 'must match pattern "' + "^[0-9]{8}$" + '"',
                schema: "^[0-9]{8}$",
                parentSchema: schema108.properties.dateOfBirth,
                data: data10,
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
              instancePath: instancePath + "/buyerInformation/dateOfBirth",
              schemaPath: "#/components/schemas/BuyerInformation/properties/dateOfBirth/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema108.properties.dateOfBirth.type,
              parentSchema: schema108.properties.dateOfBirth,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data8.mobilePhone !== undefined) {
          let data11 = data8.mobilePhone;
          if (
            !(typeof data11 == "number" && !(data11 % 1) && !isNaN(data11) && isFinite(data11)) &&
            typeof data11 !== "string"
          ) {
            const err19 = {
              instancePath: instancePath + "/buyerInformation/mobilePhone",
              schemaPath: "#/components/schemas/BuyerInformation/properties/mobilePhone/type",
              keyword: "type",
              params: { type: schema108.properties.mobilePhone.type },
              message: "must be integer,string",
              schema: schema108.properties.mobilePhone.type,
              parentSchema: schema108.properties.mobilePhone,
              data: data11,
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 0 || isNaN(data11)) {
              const err20 = {
                instancePath: instancePath + "/buyerInformation/mobilePhone",
                schemaPath: "#/components/schemas/BuyerInformation/properties/mobilePhone/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema108.properties.mobilePhone,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (typeof data11 === "string") {
            if (!pattern42.test(data11)) {
              const err21 = {
                instancePath: instancePath + "/buyerInformation/mobilePhone",
                schemaPath: "#/components/schemas/BuyerInformation/properties/mobilePhone/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9]+$" },
                message: 'must match pattern "' + "^[0-9]+$" + '"',
                schema: "^[0-9]+$",
                parentSchema: schema108.properties.mobilePhone,
                data: data11,
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
      } else {
        const err22 = {
          instancePath: instancePath + "/buyerInformation",
          schemaPath: "#/components/schemas/BuyerInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema108.type,
          parentSchema: schema108,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.deviceInformation !== undefined) {
      let data12 = data.deviceInformation;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key3 in data12) {
          if (!func1.call(schema109.properties, key3)) {
            const err23 = {
              instancePath: instancePath + "/deviceInformation",
              schemaPath: "#/components/schemas/DeviceInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema109,
              data: data12,
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data12.fingerprintSessionId !== undefined) {
          let data13 = data12.fingerprintSessionId;
          if (typeof data13 === "string") {
            if (!pattern47.test(data13)) {
              const err24 = {
                instancePath: instancePath + "/deviceInformation/fingerprintSessionId",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/fingerprintSessionId/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z0-9_-]+$" },
                message: 'must match pattern "' + "^[A-Za-z0-9_-]+$" + '"',
                schema: "^[A-Za-z0-9_-]+$",
                parentSchema: schema109.properties.fingerprintSessionId,
                data: data13,
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
              instancePath: instancePath + "/deviceInformation/fingerprintSessionId",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/fingerprintSessionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.fingerprintSessionId.type,
              parentSchema: schema109.properties.fingerprintSessionId,
              data: data13,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data12.ipAddress !== undefined) {
          let data14 = data12.ipAddress;
          if (typeof data14 === "string") {
            if (func2(data14) > 48) {
              const err26 = {
                instancePath: instancePath + "/deviceInformation/ipAddress",
                schemaPath: "#/components/schemas/DeviceInformation/properties/ipAddress/maxLength",
                keyword: "maxLength",
                params: { limit: 48 },
                message: "must NOT have more than 48 characters",
                schema: 48,
                parentSchema: schema109.properties.ipAddress,
                data: data14,
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/deviceInformation/ipAddress",
              schemaPath: "#/components/schemas/DeviceInformation/properties/ipAddress/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.ipAddress.type,
              parentSchema: schema109.properties.ipAddress,
              data: data14,
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.hostName !== undefined) {
          let data15 = data12.hostName;
          if (typeof data15 === "string") {
            if (func2(data15) > 60) {
              const err28 = {
                instancePath: instancePath + "/deviceInformation/hostName",
                schemaPath: "#/components/schemas/DeviceInformation/properties/hostName/maxLength",
                keyword: "maxLength",
                params: { limit: 60 },
                message: "must NOT have more than 60 characters",
                schema: 60,
                parentSchema: schema109.properties.hostName,
                data: data15,
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
              instancePath: instancePath + "/deviceInformation/hostName",
              schemaPath: "#/components/schemas/DeviceInformation/properties/hostName/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.hostName.type,
              parentSchema: schema109.properties.hostName,
              data: data15,
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.userAgent !== undefined) {
          let data16 = data12.userAgent;
          if (typeof data16 === "string") {
            if (func2(data16) > 40) {
              const err30 = {
                instancePath: instancePath + "/deviceInformation/userAgent",
                schemaPath: "#/components/schemas/DeviceInformation/properties/userAgent/maxLength",
                keyword: "maxLength",
                params: { limit: 40 },
                message: "must NOT have more than 40 characters",
                schema: 40,
                parentSchema: schema109.properties.userAgent,
                data: data16,
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
              instancePath: instancePath + "/deviceInformation/userAgent",
              schemaPath: "#/components/schemas/DeviceInformation/properties/userAgent/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.userAgent.type,
              parentSchema: schema109.properties.userAgent,
              data: data16,
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        if (data12.userAgentBrowserValue !== undefined) {
          let data17 = data12.userAgentBrowserValue;
          if (typeof data17 === "string") {
            if (func2(data17) > 255) {
              const err32 = {
                instancePath: instancePath + "/deviceInformation/userAgentBrowserValue",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/userAgentBrowserValue/maxLength",
                keyword: "maxLength",
                params: { limit: 255 },
                message: "must NOT have more than 255 characters",
                schema: 255,
                parentSchema: schema109.properties.userAgentBrowserValue,
                data: data17,
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
              instancePath: instancePath + "/deviceInformation/userAgentBrowserValue",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/userAgentBrowserValue/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.userAgentBrowserValue.type,
              parentSchema: schema109.properties.userAgentBrowserValue,
              data: data17,
            };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data12.httpAcceptBrowserValue !== undefined) {
          let data18 = data12.httpAcceptBrowserValue;
          if (typeof data18 === "string") {
            if (func2(data18) > 255) {
              const err34 = {
                instancePath: instancePath + "/deviceInformation/httpAcceptBrowserValue",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/httpAcceptBrowserValue/maxLength",
                keyword: "maxLength",
                params: { limit: 255 },
                message: "must NOT have more than 255 characters",
                schema: 255,
                parentSchema: schema109.properties.httpAcceptBrowserValue,
                data: data18,
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
              instancePath: instancePath + "/deviceInformation/httpAcceptBrowserValue",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpAcceptBrowserValue/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.httpAcceptBrowserValue.type,
              parentSchema: schema109.properties.httpAcceptBrowserValue,
              data: data18,
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        if (data12.httpAcceptContent !== undefined) {
          let data19 = data12.httpAcceptContent;
          if (typeof data19 === "string") {
            if (func2(data19) > 256) {
              const err36 = {
                instancePath: instancePath + "/deviceInformation/httpAcceptContent",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/httpAcceptContent/maxLength",
                keyword: "maxLength",
                params: { limit: 256 },
                message: "must NOT have more than 256 characters",
                schema: 256,
                parentSchema: schema109.properties.httpAcceptContent,
                data: data19,
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = {
              instancePath: instancePath + "/deviceInformation/httpAcceptContent",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpAcceptContent/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.httpAcceptContent.type,
              parentSchema: schema109.properties.httpAcceptContent,
              data: data19,
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data12.httpBrowserLanguage !== undefined) {
          let data20 = data12.httpBrowserLanguage;
          if (typeof data20 === "string") {
            if (func2(data20) > 8) {
              const err38 = {
                instancePath: instancePath + "/deviceInformation/httpBrowserLanguage",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/httpBrowserLanguage/maxLength",
                keyword: "maxLength",
                params: { limit: 8 },
                message: "must NOT have more than 8 characters",
                schema: 8,
                parentSchema: schema109.properties.httpBrowserLanguage,
                data: data20,
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
              instancePath: instancePath + "/deviceInformation/httpBrowserLanguage",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpBrowserLanguage/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.httpBrowserLanguage.type,
              parentSchema: schema109.properties.httpBrowserLanguage,
              data: data20,
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data12.httpBrowserJavaEnabled !== undefined) {
          let data21 = data12.httpBrowserJavaEnabled;
          if (typeof data21 !== "boolean") {
            const err40 = {
              instancePath: instancePath + "/deviceInformation/httpBrowserJavaEnabled",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpBrowserJavaEnabled/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
              schema: schema109.properties.httpBrowserJavaEnabled.type,
              parentSchema: schema109.properties.httpBrowserJavaEnabled,
              data: data21,
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data12.httpBrowserJavaScriptEnabled !== undefined) {
          let data22 = data12.httpBrowserJavaScriptEnabled;
          if (typeof data22 !== "boolean") {
            const err41 = {
              instancePath: instancePath + "/deviceInformation/httpBrowserJavaScriptEnabled",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpBrowserJavaScriptEnabled/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
              schema: schema109.properties.httpBrowserJavaScriptEnabled.type,
              parentSchema: schema109.properties.httpBrowserJavaScriptEnabled,
              data: data22,
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data12.httpBrowserColorDepth !== undefined) {
          let data23 = data12.httpBrowserColorDepth;
          if (typeof data23 === "string") {
            if (func2(data23) > 2) {
              const err42 = {
                instancePath: instancePath + "/deviceInformation/httpBrowserColorDepth",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/httpBrowserColorDepth/maxLength",
                keyword: "maxLength",
                params: { limit: 2 },
                message: "must NOT have more than 2 characters",
                schema: 2,
                parentSchema: schema109.properties.httpBrowserColorDepth,
                data: data23,
              };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = {
              instancePath: instancePath + "/deviceInformation/httpBrowserColorDepth",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpBrowserColorDepth/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.httpBrowserColorDepth.type,
              parentSchema: schema109.properties.httpBrowserColorDepth,
              data: data23,
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data12.httpBrowserScreenHeight !== undefined) {
          let data24 = data12.httpBrowserScreenHeight;
          if (typeof data24 === "string") {
            if (func2(data24) > 6) {
              const err44 = {
                instancePath: instancePath + "/deviceInformation/httpBrowserScreenHeight",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/httpBrowserScreenHeight/maxLength",
                keyword: "maxLength",
                params: { limit: 6 },
                message: "must NOT have more than 6 characters",
                schema: 6,
                parentSchema: schema109.properties.httpBrowserScreenHeight,
                data: data24,
              };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = {
              instancePath: instancePath + "/deviceInformation/httpBrowserScreenHeight",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpBrowserScreenHeight/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.httpBrowserScreenHeight.type,
              parentSchema: schema109.properties.httpBrowserScreenHeight,
              data: data24,
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data12.httpBrowserScreenWidth !== undefined) {
          let data25 = data12.httpBrowserScreenWidth;
          if (typeof data25 === "string") {
            if (func2(data25) > 6) {
              const err46 = {
                instancePath: instancePath + "/deviceInformation/httpBrowserScreenWidth",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/httpBrowserScreenWidth/maxLength",
                keyword: "maxLength",
                params: { limit: 6 },
                message: "must NOT have more than 6 characters",
                schema: 6,
                parentSchema: schema109.properties.httpBrowserScreenWidth,
                data: data25,
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = {
              instancePath: instancePath + "/deviceInformation/httpBrowserScreenWidth",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpBrowserScreenWidth/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.httpBrowserScreenWidth.type,
              parentSchema: schema109.properties.httpBrowserScreenWidth,
              data: data25,
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data12.httpBrowserTimeDifference !== undefined) {
          let data26 = data12.httpBrowserTimeDifference;
          if (typeof data26 === "string") {
            if (func2(data26) > 5) {
              const err48 = {
                instancePath: instancePath + "/deviceInformation/httpBrowserTimeDifference",
                schemaPath:
                  "#/components/schemas/DeviceInformation/properties/httpBrowserTimeDifference/maxLength",
                keyword: "maxLength",
                params: { limit: 5 },
                message: "must NOT have more than 5 characters",
                schema: 5,
                parentSchema: schema109.properties.httpBrowserTimeDifference,
                data: data26,
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = {
              instancePath: instancePath + "/deviceInformation/httpBrowserTimeDifference",
              schemaPath:
                "#/components/schemas/DeviceInformation/properties/httpBrowserTimeDifference/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema109.properties.httpBrowserTimeDifference.type,
              parentSchema: schema109.properties.httpBrowserTimeDifference,
              data: data26,
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = {
          instancePath: instancePath + "/deviceInformation",
          schemaPath: "#/components/schemas/DeviceInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema109.type,
          parentSchema: schema109,
          data: data12,
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.merchantInformation !== undefined) {
      if (
        !validate65(data.merchantInformation, {
          instancePath: instancePath + "/merchantInformation",
          parentData: data,
          parentDataProperty: "merchantInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
    if (data.merchantDefinedInformation !== undefined) {
      if (
        !validate67(data.merchantDefinedInformation, {
          instancePath: instancePath + "/merchantDefinedInformation",
          parentData: data,
          parentDataProperty: "merchantDefinedInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
        errors = vErrors.length;
      }
    }
    if (data.pointOfSaleInformation !== undefined) {
      let data29 = data.pointOfSaleInformation;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        for (const key4 in data29) {
          if (!(key4 === "terminalId" || key4 === "entryMode" || key4 === "terminalCapability")) {
            const err51 = {
              instancePath: instancePath + "/pointOfSaleInformation",
              schemaPath: "#/components/schemas/PointOfSaleInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key4 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema114,
              data: data29,
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data29.terminalId !== undefined) {
          let data30 = data29.terminalId;
          if (typeof data30 === "string") {
            if (func2(data30) > 8) {
              const err52 = {
                instancePath: instancePath + "/pointOfSaleInformation/terminalId",
                schemaPath:
                  "#/components/schemas/PointOfSaleInformation/properties/terminalId/maxLength",
                keyword: "maxLength",
                params: { limit: 8 },
                message: "must NOT have more than 8 characters",
                schema: 8,
                parentSchema: schema114.properties.terminalId,
                data: data30,
              };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = {
              instancePath: instancePath + "/pointOfSaleInformation/terminalId",
              schemaPath: "#/components/schemas/PointOfSaleInformation/properties/terminalId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema114.properties.terminalId.type,
              parentSchema: schema114.properties.terminalId,
              data: data30,
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data29.entryMode !== undefined) {
          let data31 = data29.entryMode;
          if (!(
            data31 === "contact" ||
            data31 === "contactless" ||
            data31 === "keyed" ||
            data31 === "msd" ||
            data31 === "swiped"
          )) {
            const err54 = {
              instancePath: instancePath + "/pointOfSaleInformation/entryMode",
              schemaPath: "#/components/schemas/PointOfSaleInformation/properties/entryMode/enum",
              keyword: "enum",
              params: { allowedValues: schema114.properties.entryMode.enum },
              message: "must be equal to one of the allowed values",
              schema: schema114.properties.entryMode.enum,
              parentSchema: schema114.properties.entryMode,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (typeof data31 === "string") {
            if (func2(data31) > 11) {
              const err55 = {
                instancePath: instancePath + "/pointOfSaleInformation/entryMode",
                schemaPath:
                  "#/components/schemas/PointOfSaleInformation/properties/entryMode/maxLength",
                keyword: "maxLength",
                params: { limit: 11 },
                message: "must NOT have more than 11 characters",
                schema: 11,
                parentSchema: schema114.properties.entryMode,
                data: data31,
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          } else {
            const err56 = {
              instancePath: instancePath + "/pointOfSaleInformation/entryMode",
              schemaPath: "#/components/schemas/PointOfSaleInformation/properties/entryMode/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema114.properties.entryMode.type,
              parentSchema: schema114.properties.entryMode,
              data: data31,
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data29.terminalCapability !== undefined) {
          let data32 = data29.terminalCapability;
          if (
            !(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32)) &&
            typeof data32 !== "string"
          ) {
            const err57 = {
              instancePath: instancePath + "/pointOfSaleInformation/terminalCapability",
              schemaPath:
                "#/components/schemas/PointOfSaleInformation/properties/terminalCapability/type",
              keyword: "type",
              params: { type: schema114.properties.terminalCapability.type },
              message: "must be integer,string",
              schema: schema114.properties.terminalCapability.type,
              parentSchema: schema114.properties.terminalCapability,
              data: data32,
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 > 5 || isNaN(data32)) {
              const err58 = {
                instancePath: instancePath + "/pointOfSaleInformation/terminalCapability",
                schemaPath:
                  "#/components/schemas/PointOfSaleInformation/properties/terminalCapability/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 5 },
                message: "must be <= 5",
                schema: 5,
                parentSchema: schema114.properties.terminalCapability,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
            if (data32 < 1 || isNaN(data32)) {
              const err59 = {
                instancePath: instancePath + "/pointOfSaleInformation/terminalCapability",
                schemaPath:
                  "#/components/schemas/PointOfSaleInformation/properties/terminalCapability/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema114.properties.terminalCapability,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          if (typeof data32 === "string") {
            if (!pattern42.test(data32)) {
              const err60 = {
                instancePath: instancePath + "/pointOfSaleInformation/terminalCapability",
                schemaPath:
                  "#/components/schemas/PointOfSaleInformation/properties/terminalCapability/pattern",
                keyword: "pattern",
                params: { pattern: "^[0-9]+$" },
                message: 'must match pattern "' + "^[0-9]+$" + '"',
                schema: "^[0-9]+$",
                parentSchema: schema114.properties.terminalCapability,
                data: data32,
              };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
          }
        }
      } else {
        const err61 = {
          instancePath: instancePath + "/pointOfSaleInformation",
          schemaPath: "#/components/schemas/PointOfSaleInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema114.type,
          parentSchema: schema114,
          data: data29,
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.consumerAuthenticationInformation !== undefined) {
      let data33 = data.consumerAuthenticationInformation;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key5 in data33) {
          if (!func1.call(schema115.properties, key5)) {
            const err62 = {
              instancePath: instancePath + "/consumerAuthenticationInformation",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key5 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema115,
              data: data33,
            };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
        if (data33.cavv !== undefined) {
          let data34 = data33.cavv;
          if (typeof data34 === "string") {
            if (func2(data34) > 40) {
              const err63 = {
                instancePath: instancePath + "/consumerAuthenticationInformation/cavv",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/cavv/maxLength",
                keyword: "maxLength",
                params: { limit: 40 },
                message: "must NOT have more than 40 characters",
                schema: 40,
                parentSchema: schema115.properties.cavv,
                data: data34,
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          } else {
            const err64 = {
              instancePath: instancePath + "/consumerAuthenticationInformation/cavv",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/cavv/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.cavv.type,
              parentSchema: schema115.properties.cavv,
              data: data34,
            };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data33.xid !== undefined) {
          let data35 = data33.xid;
          if (typeof data35 === "string") {
            if (func2(data35) > 40) {
              const err65 = {
                instancePath: instancePath + "/consumerAuthenticationInformation/xid",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/xid/maxLength",
                keyword: "maxLength",
                params: { limit: 40 },
                message: "must NOT have more than 40 characters",
                schema: 40,
                parentSchema: schema115.properties.xid,
                data: data35,
              };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
          } else {
            const err66 = {
              instancePath: instancePath + "/consumerAuthenticationInformation/xid",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/xid/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.xid.type,
              parentSchema: schema115.properties.xid,
              data: data35,
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data33.eciRaw !== undefined) {
          let data36 = data33.eciRaw;
          if (typeof data36 === "string") {
            if (func2(data36) > 2) {
              const err67 = {
                instancePath: instancePath + "/consumerAuthenticationInformation/eciRaw",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/eciRaw/maxLength",
                keyword: "maxLength",
                params: { limit: 2 },
                message: "must NOT have more than 2 characters",
                schema: 2,
                parentSchema: schema115.properties.eciRaw,
                data: data36,
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          } else {
            const err68 = {
              instancePath: instancePath + "/consumerAuthenticationInformation/eciRaw",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/eciRaw/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.eciRaw.type,
              parentSchema: schema115.properties.eciRaw,
              data: data36,
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data33.ucafAuthenticationData !== undefined) {
          let data37 = data33.ucafAuthenticationData;
          if (typeof data37 === "string") {
            if (func2(data37) > 32) {
              const err69 = {
                instancePath:
                  instancePath + "/consumerAuthenticationInformation/ucafAuthenticationData",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/ucafAuthenticationData/maxLength",
                keyword: "maxLength",
                params: { limit: 32 },
                message: "must NOT have more than 32 characters",
                schema: 32,
                parentSchema: schema115.properties.ucafAuthenticationData,
                data: data37,
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = {
              instancePath:
                instancePath + "/consumerAuthenticationInformation/ucafAuthenticationData",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/ucafAuthenticationData/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.ucafAuthenticationData.type,
              parentSchema: schema115.properties.ucafAuthenticationData,
              data: data37,
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data33.ucafCollectionIndicator !== undefined) {
          let data38 = data33.ucafCollectionIndicator;
          if (typeof data38 === "string") {
            if (func2(data38) > 1) {
              const err71 = {
                instancePath:
                  instancePath + "/consumerAuthenticationInformation/ucafCollectionIndicator",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/ucafCollectionIndicator/maxLength",
                keyword: "maxLength",
                params: { limit: 1 },
                message: "must NOT have more than 1 characters",
                schema: 1,
                parentSchema: schema115.properties.ucafCollectionIndicator,
                data: data38,
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          } else {
            const err72 = {
              instancePath:
                instancePath + "/consumerAuthenticationInformation/ucafCollectionIndicator",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/ucafCollectionIndicator/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.ucafCollectionIndicator.type,
              parentSchema: schema115.properties.ucafCollectionIndicator,
              data: data38,
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data33.directoryServerTransactionId !== undefined) {
          let data39 = data33.directoryServerTransactionId;
          if (typeof data39 === "string") {
            if (func2(data39) > 36) {
              const err73 = {
                instancePath:
                  instancePath + "/consumerAuthenticationInformation/directoryServerTransactionId",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/directoryServerTransactionId/maxLength",
                keyword: "maxLength",
                params: { limit: 36 },
                message: "must NOT have more than 36 characters",
                schema: 36,
                parentSchema: schema115.properties.directoryServerTransactionId,
                data: data39,
              };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          } else {
            const err74 = {
              instancePath:
                instancePath + "/consumerAuthenticationInformation/directoryServerTransactionId",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/directoryServerTransactionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.directoryServerTransactionId.type,
              parentSchema: schema115.properties.directoryServerTransactionId,
              data: data39,
            };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data33.paSpecificationVersion !== undefined) {
          let data40 = data33.paSpecificationVersion;
          if (typeof data40 === "string") {
            if (func2(data40) > 20) {
              const err75 = {
                instancePath:
                  instancePath + "/consumerAuthenticationInformation/paSpecificationVersion",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/paSpecificationVersion/maxLength",
                keyword: "maxLength",
                params: { limit: 20 },
                message: "must NOT have more than 20 characters",
                schema: 20,
                parentSchema: schema115.properties.paSpecificationVersion,
                data: data40,
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          } else {
            const err76 = {
              instancePath:
                instancePath + "/consumerAuthenticationInformation/paSpecificationVersion",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/paSpecificationVersion/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.paSpecificationVersion.type,
              parentSchema: schema115.properties.paSpecificationVersion,
              data: data40,
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data33.authenticationTransactionId !== undefined) {
          let data41 = data33.authenticationTransactionId;
          if (typeof data41 === "string") {
            if (func2(data41) > 26) {
              const err77 = {
                instancePath:
                  instancePath + "/consumerAuthenticationInformation/authenticationTransactionId",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/authenticationTransactionId/maxLength",
                keyword: "maxLength",
                params: { limit: 26 },
                message: "must NOT have more than 26 characters",
                schema: 26,
                parentSchema: schema115.properties.authenticationTransactionId,
                data: data41,
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          } else {
            const err78 = {
              instancePath:
                instancePath + "/consumerAuthenticationInformation/authenticationTransactionId",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/authenticationTransactionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.authenticationTransactionId.type,
              parentSchema: schema115.properties.authenticationTransactionId,
              data: data41,
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data33.referenceId !== undefined) {
          let data42 = data33.referenceId;
          if (typeof data42 === "string") {
            if (func2(data42) > 50) {
              const err79 = {
                instancePath: instancePath + "/consumerAuthenticationInformation/referenceId",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/referenceId/maxLength",
                keyword: "maxLength",
                params: { limit: 50 },
                message: "must NOT have more than 50 characters",
                schema: 50,
                parentSchema: schema115.properties.referenceId,
                data: data42,
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          } else {
            const err80 = {
              instancePath: instancePath + "/consumerAuthenticationInformation/referenceId",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/referenceId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.referenceId.type,
              parentSchema: schema115.properties.referenceId,
              data: data42,
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data33.returnUrl !== undefined) {
          let data43 = data33.returnUrl;
          if (typeof data43 === "string") {
            if (func2(data43) > 2048) {
              const err81 = {
                instancePath: instancePath + "/consumerAuthenticationInformation/returnUrl",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/returnUrl/maxLength",
                keyword: "maxLength",
                params: { limit: 2048 },
                message: "must NOT have more than 2048 characters",
                schema: 2048,
                parentSchema: schema115.properties.returnUrl,
                data: data43,
              };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
          } else {
            const err82 = {
              instancePath: instancePath + "/consumerAuthenticationInformation/returnUrl",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/returnUrl/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.returnUrl.type,
              parentSchema: schema115.properties.returnUrl,
              data: data43,
            };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data33.acsWindowSize !== undefined) {
          let data44 = data33.acsWindowSize;
          if (typeof data44 === "string") {
            if (func2(data44) > 2) {
              const err83 = {
                instancePath: instancePath + "/consumerAuthenticationInformation/acsWindowSize",
                schemaPath:
                  "#/components/schemas/ConsumerAuthenticationInformation/properties/acsWindowSize/maxLength",
                keyword: "maxLength",
                params: { limit: 2 },
                message: "must NOT have more than 2 characters",
                schema: 2,
                parentSchema: schema115.properties.acsWindowSize,
                data: data44,
              };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          } else {
            const err84 = {
              instancePath: instancePath + "/consumerAuthenticationInformation/acsWindowSize",
              schemaPath:
                "#/components/schemas/ConsumerAuthenticationInformation/properties/acsWindowSize/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema115.properties.acsWindowSize.type,
              parentSchema: schema115.properties.acsWindowSize,
              data: data44,
            };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = {
          instancePath: instancePath + "/consumerAuthenticationInformation",
          schemaPath: "#/components/schemas/ConsumerAuthenticationInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema115.type,
          parentSchema: schema115,
          data: data33,
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
  } else {
    const err86 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema32.type,
      parentSchema: schema32,
      data,
    };
    if (vErrors === null) {
      vErrors = [err86];
    } else {
      vErrors.push(err86);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const CaptureRequest = validate69;
const schema116 = {
  type: "object",
  additionalProperties: false,
  required: ["orderInformation"],
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
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
const schema117 = {
  type: "object",
  additionalProperties: false,
  properties: {
    paymentMethod: { $ref: "#/components/schemas/PaymentMethodCode" },
    installments: { $ref: "#/components/schemas/InstallmentCount" },
    firstBillingMonth: { $ref: "#/components/schemas/FirstBillingMonth" },
    bonuses: { type: "string", pattern: "^0?[1-6]$", maxLength: 2 },
    bonusMonth: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
    bonusAmount: { type: "string", pattern: "^[0-9]+$", maxLength: 12 },
    secondBonusMonth: { type: "string", pattern: "^(0?[1-9]|1[0-2])$", maxLength: 2 },
    secondBonusAmount: { type: "string", pattern: "^[0-9]+$", maxLength: 12 },
  },
};
const schema118 = {
  type: "string",
  enum: ["10", "21", "22", "23", "24", "31", "32", "33", "34", "61", "80"],
};
const pattern52 = new RegExp("^0?[1-6]$", "u");
function validate72(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
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
          schema: false,
          parentSchema: schema117,
          data,
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
          schema: schema118.type,
          parentSchema: schema118,
          data: data0,
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
          params: { allowedValues: schema118.enum },
          message: "must be equal to one of the allowed values",
          schema: schema118.enum,
          parentSchema: schema118,
          data: data0,
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
        if (func2(data1) > 2) {
          const err3 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema48,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern8.test(data1)) {
          const err4 = {
            instancePath: instancePath + "/installments",
            schemaPath: "#/components/schemas/InstallmentCount/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|[1-9][0-9])$" },
            message: 'must match pattern "' + "^(0?[1-9]|[1-9][0-9])$" + '"',
            schema: "^(0?[1-9]|[1-9][0-9])$",
            parentSchema: schema48,
            data: data1,
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
          schema: schema48.type,
          parentSchema: schema48,
          data: data1,
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
        if (func2(data2) > 2) {
          const err6 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func2(data2) < 2) {
          const err7 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/minLength",
            keyword: "minLength",
            params: { limit: 2 },
            message: "must NOT have fewer than 2 characters",
            schema: 2,
            parentSchema: schema49,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern9.test(data2)) {
          const err8 = {
            instancePath: instancePath + "/firstBillingMonth",
            schemaPath: "#/components/schemas/FirstBillingMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0[1-9]|1[0-2])$" + '"',
            schema: "^(0[1-9]|1[0-2])$",
            parentSchema: schema49,
            data: data2,
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
          schemaPath: "#/components/schemas/FirstBillingMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.type,
          parentSchema: schema49,
          data: data2,
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
      if (typeof data3 === "string") {
        if (func2(data3) > 2) {
          const err10 = {
            instancePath: instancePath + "/bonuses",
            schemaPath: "#/properties/bonuses/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema117.properties.bonuses,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern52.test(data3)) {
          const err11 = {
            instancePath: instancePath + "/bonuses",
            schemaPath: "#/properties/bonuses/pattern",
            keyword: "pattern",
            params: { pattern: "^0?[1-6]$" },
            message: 'must match pattern "' + "^0?[1-6]$" + '"',
            schema: "^0?[1-6]$",
            parentSchema: schema117.properties.bonuses,
            data: data3,
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
          instancePath: instancePath + "/bonuses",
          schemaPath: "#/properties/bonuses/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema117.properties.bonuses.type,
          parentSchema: schema117.properties.bonuses,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.bonusMonth !== undefined) {
      let data4 = data.bonusMonth;
      if (typeof data4 === "string") {
        if (func2(data4) > 2) {
          const err13 = {
            instancePath: instancePath + "/bonusMonth",
            schemaPath: "#/properties/bonusMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema117.properties.bonusMonth,
            data: data4,
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern10.test(data4)) {
          const err14 = {
            instancePath: instancePath + "/bonusMonth",
            schemaPath: "#/properties/bonusMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0?[1-9]|1[0-2])$" + '"',
            schema: "^(0?[1-9]|1[0-2])$",
            parentSchema: schema117.properties.bonusMonth,
            data: data4,
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
          instancePath: instancePath + "/bonusMonth",
          schemaPath: "#/properties/bonusMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema117.properties.bonusMonth.type,
          parentSchema: schema117.properties.bonusMonth,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.bonusAmount !== undefined) {
      let data5 = data.bonusAmount;
      if (typeof data5 === "string") {
        if (func2(data5) > 12) {
          const err16 = {
            instancePath: instancePath + "/bonusAmount",
            schemaPath: "#/properties/bonusAmount/maxLength",
            keyword: "maxLength",
            params: { limit: 12 },
            message: "must NOT have more than 12 characters",
            schema: 12,
            parentSchema: schema117.properties.bonusAmount,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern42.test(data5)) {
          const err17 = {
            instancePath: instancePath + "/bonusAmount",
            schemaPath: "#/properties/bonusAmount/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]+$" },
            message: 'must match pattern "' + "^[0-9]+$" + '"',
            schema: "^[0-9]+$",
            parentSchema: schema117.properties.bonusAmount,
            data: data5,
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
          instancePath: instancePath + "/bonusAmount",
          schemaPath: "#/properties/bonusAmount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema117.properties.bonusAmount.type,
          parentSchema: schema117.properties.bonusAmount,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.secondBonusMonth !== undefined) {
      let data6 = data.secondBonusMonth;
      if (typeof data6 === "string") {
        if (func2(data6) > 2) {
          const err19 = {
            instancePath: instancePath + "/secondBonusMonth",
            schemaPath: "#/properties/secondBonusMonth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema117.properties.secondBonusMonth,
            data: data6,
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (!pattern10.test(data6)) {
          const err20 = {
            instancePath: instancePath + "/secondBonusMonth",
            schemaPath: "#/properties/secondBonusMonth/pattern",
            keyword: "pattern",
            params: { pattern: "^(0?[1-9]|1[0-2])$" },
            message: 'must match pattern "' + "^(0?[1-9]|1[0-2])$" + '"',
            schema: "^(0?[1-9]|1[0-2])$",
            parentSchema: schema117.properties.secondBonusMonth,
            data: data6,
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
          instancePath: instancePath + "/secondBonusMonth",
          schemaPath: "#/properties/secondBonusMonth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema117.properties.secondBonusMonth.type,
          parentSchema: schema117.properties.secondBonusMonth,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.secondBonusAmount !== undefined) {
      let data7 = data.secondBonusAmount;
      if (typeof data7 === "string") {
        if (func2(data7) > 12) {
          const err22 = {
            instancePath: instancePath + "/secondBonusAmount",
            schemaPath: "#/properties/secondBonusAmount/maxLength",
            keyword: "maxLength",
            params: { limit: 12 },
            message: "must NOT have more than 12 characters",
            schema: 12,
            parentSchema: schema117.properties.secondBonusAmount,
            data: data7,
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern42.test(data7)) {
          const err23 = {
            instancePath: instancePath + "/secondBonusAmount",
            schemaPath: "#/properties/secondBonusAmount/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9]+$" },
            message: 'must match pattern "' + "^[0-9]+$" + '"',
            schema: "^[0-9]+$",
            parentSchema: schema117.properties.secondBonusAmount,
            data: data7,
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
          instancePath: instancePath + "/secondBonusAmount",
          schemaPath: "#/properties/secondBonusAmount/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema117.properties.secondBonusAmount.type,
          parentSchema: schema117.properties.secondBonusAmount,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
  } else {
    const err25 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema117.type,
      parentSchema: schema117,
      data,
    };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate69(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
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
        schema: schema116.required,
        parentSchema: schema116,
        data,
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
          schema: false,
          parentSchema: schema116,
          data,
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
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.orderInformation !== undefined) {
      let data1 = data.orderInformation;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.amountDetails === undefined) {
          const err2 = {
            instancePath: instancePath + "/orderInformation",
            schemaPath: "#/properties/orderInformation/required",
            keyword: "required",
            params: { missingProperty: "amountDetails" },
            message: "must have required property '" + "amountDetails" + "'",
            schema: schema116.properties.orderInformation.required,
            parentSchema: schema116.properties.orderInformation,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "amountDetails")) {
            const err3 = {
              instancePath: instancePath + "/orderInformation",
              schemaPath: "#/properties/orderInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema116.properties.orderInformation,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.amountDetails !== undefined) {
          if (
            !validate60(data1.amountDetails, {
              instancePath: instancePath + "/orderInformation/amountDetails",
              parentData: data1,
              parentDataProperty: "amountDetails",
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/orderInformation",
          schemaPath: "#/properties/orderInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema116.properties.orderInformation.type,
          parentSchema: schema116.properties.orderInformation,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.processingInformation !== undefined) {
      let data3 = data.processingInformation;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key2 in data3) {
          if (!(key2 === "japanPaymentOptions")) {
            const err5 = {
              instancePath: instancePath + "/processingInformation",
              schemaPath: "#/properties/processingInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema116.properties.processingInformation,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.japanPaymentOptions !== undefined) {
          if (
            !validate72(data3.japanPaymentOptions, {
              instancePath: instancePath + "/processingInformation/japanPaymentOptions",
              parentData: data3,
              parentDataProperty: "japanPaymentOptions",
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/processingInformation",
          schemaPath: "#/properties/processingInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema116.properties.processingInformation.type,
          parentSchema: schema116.properties.processingInformation,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema116.type,
      parentSchema: schema116,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const AuthorizationReversalRequest = validate74;
const schema121 = {
  type: "object",
  additionalProperties: false,
  required: ["reversalInformation"],
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    reversalInformation: { $ref: "#/components/schemas/ReversalInformation" },
  },
};
const schema122 = {
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
    reason: { $ref: "#/components/schemas/ReversalReason" },
  },
};
const schema125 = { type: "string", enum: ["34"], "x-severity": "warning" };
function validate76(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate76.evaluated;
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
        schema: schema122.required,
        parentSchema: schema122,
        data,
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
          schema: false,
          parentSchema: schema122,
          data,
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
            schema: schema122.properties.amountDetails.required,
            parentSchema: schema122.properties.amountDetails,
            data: data0,
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
              schema: false,
              parentSchema: schema122.properties.amountDetails,
              data: data0,
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
            if (func2(data1) > 12) {
              const err4 = {
                instancePath: instancePath + "/amountDetails/totalAmount",
                schemaPath: "#/components/schemas/YenAmount/maxLength",
                keyword: "maxLength",
                params: { limit: 12 },
                message: "must NOT have more than 12 characters",
                schema: 12,
                parentSchema: schema102,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (!pattern39.test(data1)) {
              const err5 = {
                instancePath: instancePath + "/amountDetails/totalAmount",
                schemaPath: "#/components/schemas/YenAmount/pattern",
                keyword: "pattern",
                params: { pattern: "^(0|[1-9][0-9]*)$" },
                message: 'must match pattern "' + "^(0|[1-9][0-9]*)$" + '"',
                schema: "^(0|[1-9][0-9]*)$",
                parentSchema: schema102,
                data: data1,
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
              schema: schema102.type,
              parentSchema: schema102,
              data: data1,
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
              schema: schema103.type,
              parentSchema: schema103,
              data: data2,
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
              params: { allowedValues: schema103.enum },
              message: "must be equal to one of the allowed values",
              schema: schema103.enum,
              parentSchema: schema103,
              data: data2,
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
          schema: schema122.properties.amountDetails.type,
          parentSchema: schema122.properties.amountDetails,
          data: data0,
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
      if (typeof data3 !== "string") {
        const err10 = {
          instancePath: instancePath + "/reason",
          schemaPath: "#/components/schemas/ReversalReason/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema125.type,
          parentSchema: schema125,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data3 === "34")) {
        const err11 = {
          instancePath: instancePath + "/reason",
          schemaPath: "#/components/schemas/ReversalReason/enum",
          keyword: "enum",
          params: { allowedValues: schema125.enum },
          message: "must be equal to one of the allowed values",
          schema: schema125.enum,
          parentSchema: schema125,
          data: data3,
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
      schema: schema122.type,
      parentSchema: schema122,
      data,
    };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate76.errors = vErrors;
  return errors === 0;
}
validate76.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate74(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
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
        schema: schema121.required,
        parentSchema: schema121,
        data,
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
          schema: false,
          parentSchema: schema121,
          data,
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
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.reversalInformation !== undefined) {
      if (
        !validate76(data.reversalInformation, {
          instancePath: instancePath + "/reversalInformation",
          parentData: data,
          parentDataProperty: "reversalInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
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
      schema: schema121.type,
      parentSchema: schema121,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const TimeoutReversalRequest = validate78;
const schema126 = {
  type: "object",
  additionalProperties: false,
  required: ["clientReferenceInformation", "reversalInformation"],
  properties: {
    clientReferenceInformation: {
      type: "object",
      additionalProperties: false,
      required: ["transactionId"],
      properties: {
        transactionId: { $ref: "#/components/schemas/TransactionId" },
        code: { $ref: "#/components/schemas/ReferenceCode" },
        comments: { type: "string" },
        partner: { $ref: "#/components/schemas/Partner" },
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
          properties: { currency: { $ref: "#/components/schemas/Currency" } },
        },
      },
    },
  },
};
function validate78(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate78.evaluated;
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
        schema: schema126.required,
        parentSchema: schema126,
        data,
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
        schema: schema126.required,
        parentSchema: schema126,
        data,
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
          schema: false,
          parentSchema: schema126,
          data,
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
            schema: schema126.properties.clientReferenceInformation.required,
            parentSchema: schema126.properties.clientReferenceInformation,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(
            key1 === "transactionId" ||
            key1 === "code" ||
            key1 === "comments" ||
            key1 === "partner"
          )) {
            const err4 = {
              instancePath: instancePath + "/clientReferenceInformation",
              schemaPath: "#/properties/clientReferenceInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema126.properties.clientReferenceInformation,
              data: data0,
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
            if (func2(data1) > 30) {
              const err5 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath: "#/components/schemas/TransactionId/maxLength",
                keyword: "maxLength",
                params: { limit: 30 },
                message: "must NOT have more than 30 characters",
                schema: 30,
                parentSchema: schema35,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err6 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath: "#/components/schemas/TransactionId/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema35,
                data: data1,
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
              instancePath: instancePath + "/clientReferenceInformation/transactionId",
              schemaPath: "#/components/schemas/TransactionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema35.type,
              parentSchema: schema35,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data0.code !== undefined) {
          let data2 = data0.code;
          if (typeof data2 === "string") {
            if (func2(data2) > 59) {
              const err8 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/components/schemas/ReferenceCode/maxLength",
                keyword: "maxLength",
                params: { limit: 59 },
                message: "must NOT have more than 59 characters",
                schema: 59,
                parentSchema: schema34,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err9 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/components/schemas/ReferenceCode/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema34,
                data: data2,
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
              instancePath: instancePath + "/clientReferenceInformation/code",
              schemaPath: "#/components/schemas/ReferenceCode/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.type,
              parentSchema: schema34,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.comments !== undefined) {
          let data3 = data0.comments;
          if (typeof data3 !== "string") {
            const err11 = {
              instancePath: instancePath + "/clientReferenceInformation/comments",
              schemaPath: "#/properties/clientReferenceInformation/properties/comments/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema126.properties.clientReferenceInformation.properties.comments.type,
              parentSchema: schema126.properties.clientReferenceInformation.properties.comments,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.partner !== undefined) {
          let data4 = data0.partner;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (!(
                key2 === "developerId" ||
                key2 === "solutionId" ||
                key2 === "thirdPartyCertificationNumber"
              )) {
                const err12 = {
                  instancePath: instancePath + "/clientReferenceInformation/partner",
                  schemaPath: "#/components/schemas/Partner/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema36,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.developerId !== undefined) {
              let data5 = data4.developerId;
              if (typeof data5 === "string") {
                if (func2(data5) > 8) {
                  const err13 = {
                    instancePath: instancePath + "/clientReferenceInformation/partner/developerId",
                    schemaPath: "#/components/schemas/Partner/properties/developerId/maxLength",
                    keyword: "maxLength",
                    params: { limit: 8 },
                    message: "must NOT have more than 8 characters",
                    schema: 8,
                    parentSchema: schema36.properties.developerId,
                    data: data5,
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
                  instancePath: instancePath + "/clientReferenceInformation/partner/developerId",
                  schemaPath: "#/components/schemas/Partner/properties/developerId/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.developerId.type,
                  parentSchema: schema36.properties.developerId,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.solutionId !== undefined) {
              let data6 = data4.solutionId;
              if (typeof data6 === "string") {
                if (func2(data6) > 8) {
                  const err15 = {
                    instancePath: instancePath + "/clientReferenceInformation/partner/solutionId",
                    schemaPath: "#/components/schemas/Partner/properties/solutionId/maxLength",
                    keyword: "maxLength",
                    params: { limit: 8 },
                    message: "must NOT have more than 8 characters",
                    schema: 8,
                    parentSchema: schema36.properties.solutionId,
                    data: data6,
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath: instancePath + "/clientReferenceInformation/partner/solutionId",
                  schemaPath: "#/components/schemas/Partner/properties/solutionId/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.solutionId.type,
                  parentSchema: schema36.properties.solutionId,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data4.thirdPartyCertificationNumber !== undefined) {
              let data7 = data4.thirdPartyCertificationNumber;
              if (typeof data7 === "string") {
                if (func2(data7) > 12) {
                  const err17 = {
                    instancePath:
                      instancePath +
                      "/clientReferenceInformation/partner/thirdPartyCertificationNumber",
                    schemaPath:
                      "#/components/schemas/Partner/properties/thirdPartyCertificationNumber/maxLength",
                    keyword: "maxLength",
                    params: { limit: 12 },
                    message: "must NOT have more than 12 characters",
                    schema: 12,
                    parentSchema: schema36.properties.thirdPartyCertificationNumber,
                    data: data7,
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
                  instancePath:
                    instancePath +
                    "/clientReferenceInformation/partner/thirdPartyCertificationNumber",
                  schemaPath:
                    "#/components/schemas/Partner/properties/thirdPartyCertificationNumber/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.thirdPartyCertificationNumber.type,
                  parentSchema: schema36.properties.thirdPartyCertificationNumber,
                  data: data7,
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
              instancePath: instancePath + "/clientReferenceInformation/partner",
              schemaPath: "#/components/schemas/Partner/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema36.type,
              parentSchema: schema36,
              data: data4,
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
          instancePath: instancePath + "/clientReferenceInformation",
          schemaPath: "#/properties/clientReferenceInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema126.properties.clientReferenceInformation.type,
          parentSchema: schema126.properties.clientReferenceInformation,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.reversalInformation !== undefined) {
      if (
        !validate76(data.reversalInformation, {
          instancePath: instancePath + "/reversalInformation",
          parentData: data,
          parentDataProperty: "reversalInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
        errors = vErrors.length;
      }
    }
    if (data.orderInformation !== undefined) {
      let data9 = data.orderInformation;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key3 in data9) {
          if (!(key3 === "amountDetails")) {
            const err21 = {
              instancePath: instancePath + "/orderInformation",
              schemaPath: "#/properties/orderInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key3 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema126.properties.orderInformation,
              data: data9,
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data9.amountDetails !== undefined) {
          let data10 = data9.amountDetails;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key4 in data10) {
              if (!(key4 === "currency")) {
                const err22 = {
                  instancePath: instancePath + "/orderInformation/amountDetails",
                  schemaPath:
                    "#/properties/orderInformation/properties/amountDetails/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key4 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema126.properties.orderInformation.properties.amountDetails,
                  data: data10,
                };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data10.currency !== undefined) {
              let data11 = data10.currency;
              if (typeof data11 !== "string") {
                const err23 = {
                  instancePath: instancePath + "/orderInformation/amountDetails/currency",
                  schemaPath: "#/components/schemas/Currency/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema103.type,
                  parentSchema: schema103,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (!(data11 === "JPY")) {
                const err24 = {
                  instancePath: instancePath + "/orderInformation/amountDetails/currency",
                  schemaPath: "#/components/schemas/Currency/enum",
                  keyword: "enum",
                  params: { allowedValues: schema103.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema103.enum,
                  parentSchema: schema103,
                  data: data11,
                };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = {
              instancePath: instancePath + "/orderInformation/amountDetails",
              schemaPath: "#/properties/orderInformation/properties/amountDetails/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema126.properties.orderInformation.properties.amountDetails.type,
              parentSchema: schema126.properties.orderInformation.properties.amountDetails,
              data: data10,
            };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/orderInformation",
          schemaPath: "#/properties/orderInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema126.properties.orderInformation.type,
          parentSchema: schema126.properties.orderInformation,
          data: data9,
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
      schema: schema126.type,
      parentSchema: schema126,
      data,
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate78.errors = vErrors;
  return errors === 0;
}
validate78.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const TimeoutVoidRequest = validate80;
const schema131 = {
  type: "object",
  additionalProperties: false,
  required: ["clientReferenceInformation"],
  properties: {
    clientReferenceInformation: {
      type: "object",
      additionalProperties: false,
      required: ["transactionId"],
      properties: {
        transactionId: { $ref: "#/components/schemas/TransactionId" },
        code: { $ref: "#/components/schemas/ReferenceCode" },
        partner: { $ref: "#/components/schemas/Partner" },
        comments: { type: "string", minLength: 1 },
      },
    },
  },
};
function validate80(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
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
        schema: schema131.required,
        parentSchema: schema131,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "clientReferenceInformation")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema131,
          data,
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
        if (data0.transactionId === undefined) {
          const err2 = {
            instancePath: instancePath + "/clientReferenceInformation",
            schemaPath: "#/properties/clientReferenceInformation/required",
            keyword: "required",
            params: { missingProperty: "transactionId" },
            message: "must have required property '" + "transactionId" + "'",
            schema: schema131.properties.clientReferenceInformation.required,
            parentSchema: schema131.properties.clientReferenceInformation,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(
            key1 === "transactionId" ||
            key1 === "code" ||
            key1 === "partner" ||
            key1 === "comments"
          )) {
            const err3 = {
              instancePath: instancePath + "/clientReferenceInformation",
              schemaPath: "#/properties/clientReferenceInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema131.properties.clientReferenceInformation,
              data: data0,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.transactionId !== undefined) {
          let data1 = data0.transactionId;
          if (typeof data1 === "string") {
            if (func2(data1) > 30) {
              const err4 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath: "#/components/schemas/TransactionId/maxLength",
                keyword: "maxLength",
                params: { limit: 30 },
                message: "must NOT have more than 30 characters",
                schema: 30,
                parentSchema: schema35,
                data: data1,
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
            if (func2(data1) < 1) {
              const err5 = {
                instancePath: instancePath + "/clientReferenceInformation/transactionId",
                schemaPath: "#/components/schemas/TransactionId/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema35,
                data: data1,
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
              instancePath: instancePath + "/clientReferenceInformation/transactionId",
              schemaPath: "#/components/schemas/TransactionId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema35.type,
              parentSchema: schema35,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.code !== undefined) {
          let data2 = data0.code;
          if (typeof data2 === "string") {
            if (func2(data2) > 59) {
              const err7 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/components/schemas/ReferenceCode/maxLength",
                keyword: "maxLength",
                params: { limit: 59 },
                message: "must NOT have more than 59 characters",
                schema: 59,
                parentSchema: schema34,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (func2(data2) < 1) {
              const err8 = {
                instancePath: instancePath + "/clientReferenceInformation/code",
                schemaPath: "#/components/schemas/ReferenceCode/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema34,
                data: data2,
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
              instancePath: instancePath + "/clientReferenceInformation/code",
              schemaPath: "#/components/schemas/ReferenceCode/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema34.type,
              parentSchema: schema34,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data0.partner !== undefined) {
          let data3 = data0.partner;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key2 in data3) {
              if (!(
                key2 === "developerId" ||
                key2 === "solutionId" ||
                key2 === "thirdPartyCertificationNumber"
              )) {
                const err10 = {
                  instancePath: instancePath + "/clientReferenceInformation/partner",
                  schemaPath: "#/components/schemas/Partner/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key2 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema36,
                  data: data3,
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.developerId !== undefined) {
              let data4 = data3.developerId;
              if (typeof data4 === "string") {
                if (func2(data4) > 8) {
                  const err11 = {
                    instancePath: instancePath + "/clientReferenceInformation/partner/developerId",
                    schemaPath: "#/components/schemas/Partner/properties/developerId/maxLength",
                    keyword: "maxLength",
                    params: { limit: 8 },
                    message: "must NOT have more than 8 characters",
                    schema: 8,
                    parentSchema: schema36.properties.developerId,
                    data: data4,
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
                  instancePath: instancePath + "/clientReferenceInformation/partner/developerId",
                  schemaPath: "#/components/schemas/Partner/properties/developerId/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.developerId.type,
                  parentSchema: schema36.properties.developerId,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.solutionId !== undefined) {
              let data5 = data3.solutionId;
              if (typeof data5 === "string") {
                if (func2(data5) > 8) {
                  const err13 = {
                    instancePath: instancePath + "/clientReferenceInformation/partner/solutionId",
                    schemaPath: "#/components/schemas/Partner/properties/solutionId/maxLength",
                    keyword: "maxLength",
                    params: { limit: 8 },
                    message: "must NOT have more than 8 characters",
                    schema: 8,
                    parentSchema: schema36.properties.solutionId,
                    data: data5,
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
                  instancePath: instancePath + "/clientReferenceInformation/partner/solutionId",
                  schemaPath: "#/components/schemas/Partner/properties/solutionId/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.solutionId.type,
                  parentSchema: schema36.properties.solutionId,
                  data: data5,
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.thirdPartyCertificationNumber !== undefined) {
              let data6 = data3.thirdPartyCertificationNumber;
              if (typeof data6 === "string") {
                if (func2(data6) > 12) {
                  const err15 = {
                    instancePath:
                      instancePath +
                      "/clientReferenceInformation/partner/thirdPartyCertificationNumber",
                    schemaPath:
                      "#/components/schemas/Partner/properties/thirdPartyCertificationNumber/maxLength",
                    keyword: "maxLength",
                    params: { limit: 12 },
                    message: "must NOT have more than 12 characters",
                    schema: 12,
                    parentSchema: schema36.properties.thirdPartyCertificationNumber,
                    data: data6,
                  };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              } else {
                const err16 = {
                  instancePath:
                    instancePath +
                    "/clientReferenceInformation/partner/thirdPartyCertificationNumber",
                  schemaPath:
                    "#/components/schemas/Partner/properties/thirdPartyCertificationNumber/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema36.properties.thirdPartyCertificationNumber.type,
                  parentSchema: schema36.properties.thirdPartyCertificationNumber,
                  data: data6,
                };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
          } else {
            const err17 = {
              instancePath: instancePath + "/clientReferenceInformation/partner",
              schemaPath: "#/components/schemas/Partner/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema36.type,
              parentSchema: schema36,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data0.comments !== undefined) {
          let data7 = data0.comments;
          if (typeof data7 === "string") {
            if (func2(data7) < 1) {
              const err18 = {
                instancePath: instancePath + "/clientReferenceInformation/comments",
                schemaPath: "#/properties/clientReferenceInformation/properties/comments/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema131.properties.clientReferenceInformation.properties.comments,
                data: data7,
              };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = {
              instancePath: instancePath + "/clientReferenceInformation/comments",
              schemaPath: "#/properties/clientReferenceInformation/properties/comments/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema131.properties.clientReferenceInformation.properties.comments.type,
              parentSchema: schema131.properties.clientReferenceInformation.properties.comments,
              data: data7,
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
          instancePath: instancePath + "/clientReferenceInformation",
          schemaPath: "#/properties/clientReferenceInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema131.properties.clientReferenceInformation.type,
          parentSchema: schema131.properties.clientReferenceInformation,
          data: data0,
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
      schema: schema131.type,
      parentSchema: schema131,
      data,
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const CaptureContextRequest = validate81;
const schema135 = {
  type: "object",
  additionalProperties: false,
  required: ["targetOrigins", "allowedCardNetworks"],
  properties: {
    clientVersion: { type: "string", minLength: 1, maxLength: 60 },
    targetOrigins: {
      type: "array",
      minItems: 1,
      maxItems: 9,
      items: { type: "string", pattern: "^https?://[^/?#*]+$", maxLength: 2048 },
    },
    allowedCardNetworks: {
      type: "array",
      minItems: 1,
      items: { $ref: "#/components/schemas/CardNetwork" },
    },
    allowedPaymentTypes: {
      type: "array",
      minItems: 1,
      items: { type: "string", enum: ["CARD", "CHECK"] },
    },
  },
};
const schema136 = {
  type: "string",
  enum: [
    "VISA",
    "MASTERCARD",
    "AMEX",
    "CARNET",
    "CARTESBANCAIRES",
    "CUP",
    "DINERSCLUB",
    "DISCOVER",
    "EFTPOS",
    "ELO",
    "JAYWAN",
    "JCB",
    "JCREW",
    "KCP",
    "MADA",
    "MAESTRO",
    "MEEZA",
    "PAYPAK",
    "UATP",
  ],
};
const pattern58 = new RegExp("^https?://[^/?#*]+$", "u");
function validate81(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.targetOrigins === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "targetOrigins" },
        message: "must have required property '" + "targetOrigins" + "'",
        schema: schema135.required,
        parentSchema: schema135,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.allowedCardNetworks === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "allowedCardNetworks" },
        message: "must have required property '" + "allowedCardNetworks" + "'",
        schema: schema135.required,
        parentSchema: schema135,
        data,
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
        key0 === "clientVersion" ||
        key0 === "targetOrigins" ||
        key0 === "allowedCardNetworks" ||
        key0 === "allowedPaymentTypes"
      )) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema135,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.clientVersion !== undefined) {
      let data0 = data.clientVersion;
      if (typeof data0 === "string") {
        if (func2(data0) > 60) {
          const err3 = {
            instancePath: instancePath + "/clientVersion",
            schemaPath: "#/properties/clientVersion/maxLength",
            keyword: "maxLength",
            params: { limit: 60 },
            message: "must NOT have more than 60 characters",
            schema: 60,
            parentSchema: schema135.properties.clientVersion,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = {
            instancePath: instancePath + "/clientVersion",
            schemaPath: "#/properties/clientVersion/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema135.properties.clientVersion,
            data: data0,
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
          instancePath: instancePath + "/clientVersion",
          schemaPath: "#/properties/clientVersion/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema135.properties.clientVersion.type,
          parentSchema: schema135.properties.clientVersion,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.targetOrigins !== undefined) {
      let data1 = data.targetOrigins;
      if (Array.isArray(data1)) {
        if (data1.length > 9) {
          const err6 = {
            instancePath: instancePath + "/targetOrigins",
            schemaPath: "#/properties/targetOrigins/maxItems",
            keyword: "maxItems",
            params: { limit: 9 },
            message: "must NOT have more than 9 items",
            schema: 9,
            parentSchema: schema135.properties.targetOrigins,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err7 = {
            instancePath: instancePath + "/targetOrigins",
            schemaPath: "#/properties/targetOrigins/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema135.properties.targetOrigins,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func2(data2) > 2048) {
              const err8 = {
                instancePath: instancePath + "/targetOrigins/" + i0,
                schemaPath: "#/properties/targetOrigins/items/maxLength",
                keyword: "maxLength",
                params: { limit: 2048 },
                message: "must NOT have more than 2048 characters",
                schema: 2048,
                parentSchema: schema135.properties.targetOrigins.items,
                data: data2,
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern58.test(data2)) {
              const err9 = {
                instancePath: instancePath + "/targetOrigins/" + i0,
                schemaPath: "#/properties/targetOrigins/items/pattern",
                keyword: "pattern",
                params: { pattern: "^https?://[^/?#*]+$" },
                message: 'must match pattern "' + "^https?://[^/?#*]+$" + '"',
                schema: "^https?://[^/?#*]+$",
                parentSchema: schema135.properties.targetOrigins.items,
                data: data2,
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
              instancePath: instancePath + "/targetOrigins/" + i0,
              schemaPath: "#/properties/targetOrigins/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema135.properties.targetOrigins.items.type,
              parentSchema: schema135.properties.targetOrigins.items,
              data: data2,
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
          instancePath: instancePath + "/targetOrigins",
          schemaPath: "#/properties/targetOrigins/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema135.properties.targetOrigins.type,
          parentSchema: schema135.properties.targetOrigins,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.allowedCardNetworks !== undefined) {
      let data3 = data.allowedCardNetworks;
      if (Array.isArray(data3)) {
        if (data3.length < 1) {
          const err12 = {
            instancePath: instancePath + "/allowedCardNetworks",
            schemaPath: "#/properties/allowedCardNetworks/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema135.properties.allowedCardNetworks,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 !== "string") {
            const err13 = {
              instancePath: instancePath + "/allowedCardNetworks/" + i1,
              schemaPath: "#/components/schemas/CardNetwork/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema136.type,
              parentSchema: schema136,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (!(
            data4 === "VISA" ||
            data4 === "MASTERCARD" ||
            data4 === "AMEX" ||
            data4 === "CARNET" ||
            data4 === "CARTESBANCAIRES" ||
            data4 === "CUP" ||
            data4 === "DINERSCLUB" ||
            data4 === "DISCOVER" ||
            data4 === "EFTPOS" ||
            data4 === "ELO" ||
            data4 === "JAYWAN" ||
            data4 === "JCB" ||
            data4 === "JCREW" ||
            data4 === "KCP" ||
            data4 === "MADA" ||
            data4 === "MAESTRO" ||
            data4 === "MEEZA" ||
            data4 === "PAYPAK" ||
            data4 === "UATP"
          )) {
            const err14 = {
              instancePath: instancePath + "/allowedCardNetworks/" + i1,
              schemaPath: "#/components/schemas/CardNetwork/enum",
              keyword: "enum",
              params: { allowedValues: schema136.enum },
              message: "must be equal to one of the allowed values",
              schema: schema136.enum,
              parentSchema: schema136,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/allowedCardNetworks",
          schemaPath: "#/properties/allowedCardNetworks/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema135.properties.allowedCardNetworks.type,
          parentSchema: schema135.properties.allowedCardNetworks,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.allowedPaymentTypes !== undefined) {
      let data5 = data.allowedPaymentTypes;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err16 = {
            instancePath: instancePath + "/allowedPaymentTypes",
            schemaPath: "#/properties/allowedPaymentTypes/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema135.properties.allowedPaymentTypes,
            data: data5,
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (typeof data6 !== "string") {
            const err17 = {
              instancePath: instancePath + "/allowedPaymentTypes/" + i2,
              schemaPath: "#/properties/allowedPaymentTypes/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema135.properties.allowedPaymentTypes.items.type,
              parentSchema: schema135.properties.allowedPaymentTypes.items,
              data: data6,
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (!(data6 === "CARD" || data6 === "CHECK")) {
            const err18 = {
              instancePath: instancePath + "/allowedPaymentTypes/" + i2,
              schemaPath: "#/properties/allowedPaymentTypes/items/enum",
              keyword: "enum",
              params: { allowedValues: schema135.properties.allowedPaymentTypes.items.enum },
              message: "must be equal to one of the allowed values",
              schema: schema135.properties.allowedPaymentTypes.items.enum,
              parentSchema: schema135.properties.allowedPaymentTypes.items,
              data: data6,
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
          instancePath: instancePath + "/allowedPaymentTypes",
          schemaPath: "#/properties/allowedPaymentTypes/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema135.properties.allowedPaymentTypes.type,
          parentSchema: schema135.properties.allowedPaymentTypes,
          data: data5,
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
      schema: schema135.type,
      parentSchema: schema135,
      data,
    };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const RefundRequest = validate82;
const schema137 = {
  type: "object",
  additionalProperties: false,
  required: ["orderInformation"],
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    orderInformation: {
      type: "object",
      additionalProperties: false,
      required: ["amountDetails"],
      properties: { amountDetails: { $ref: "#/components/schemas/AmountDetails" } },
    },
    processingInformation: {
      type: "object",
      additionalProperties: false,
      properties: {
        refundOptions: {
          type: "object",
          additionalProperties: false,
          properties: { reason: { type: "string", minLength: 1 } },
        },
      },
    },
  },
};
function validate82(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
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
        schema: schema137.required,
        parentSchema: schema137,
        data,
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
          schema: false,
          parentSchema: schema137,
          data,
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
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.orderInformation !== undefined) {
      let data1 = data.orderInformation;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.amountDetails === undefined) {
          const err2 = {
            instancePath: instancePath + "/orderInformation",
            schemaPath: "#/properties/orderInformation/required",
            keyword: "required",
            params: { missingProperty: "amountDetails" },
            message: "must have required property '" + "amountDetails" + "'",
            schema: schema137.properties.orderInformation.required,
            parentSchema: schema137.properties.orderInformation,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "amountDetails")) {
            const err3 = {
              instancePath: instancePath + "/orderInformation",
              schemaPath: "#/properties/orderInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema137.properties.orderInformation,
              data: data1,
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data1.amountDetails !== undefined) {
          if (
            !validate60(data1.amountDetails, {
              instancePath: instancePath + "/orderInformation/amountDetails",
              parentData: data1,
              parentDataProperty: "amountDetails",
              rootData,
              dynamicAnchors,
            })
          ) {
            vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/orderInformation",
          schemaPath: "#/properties/orderInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema137.properties.orderInformation.type,
          parentSchema: schema137.properties.orderInformation,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.processingInformation !== undefined) {
      let data3 = data.processingInformation;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key2 in data3) {
          if (!(key2 === "refundOptions")) {
            const err5 = {
              instancePath: instancePath + "/processingInformation",
              schemaPath: "#/properties/processingInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key2 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema137.properties.processingInformation,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data3.refundOptions !== undefined) {
          let data4 = data3.refundOptions;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key3 in data4) {
              if (!(key3 === "reason")) {
                const err6 = {
                  instancePath: instancePath + "/processingInformation/refundOptions",
                  schemaPath:
                    "#/properties/processingInformation/properties/refundOptions/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema137.properties.processingInformation.properties.refundOptions,
                  data: data4,
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data4.reason !== undefined) {
              let data5 = data4.reason;
              if (typeof data5 === "string") {
                if (func2(data5) < 1) {
                  const err7 = {
                    instancePath: instancePath + "/processingInformation/refundOptions/reason",
                    schemaPath:
                      "#/properties/processingInformation/properties/refundOptions/properties/reason/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema:
                      schema137.properties.processingInformation.properties.refundOptions.properties
                        .reason,
                    data: data5,
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
                  instancePath: instancePath + "/processingInformation/refundOptions/reason",
                  schemaPath:
                    "#/properties/processingInformation/properties/refundOptions/properties/reason/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema:
                    schema137.properties.processingInformation.properties.refundOptions.properties
                      .reason.type,
                  parentSchema:
                    schema137.properties.processingInformation.properties.refundOptions.properties
                      .reason,
                  data: data5,
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
              instancePath: instancePath + "/processingInformation/refundOptions",
              schemaPath: "#/properties/processingInformation/properties/refundOptions/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema137.properties.processingInformation.properties.refundOptions.type,
              parentSchema: schema137.properties.processingInformation.properties.refundOptions,
              data: data4,
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/processingInformation",
          schemaPath: "#/properties/processingInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema137.properties.processingInformation.type,
          parentSchema: schema137.properties.processingInformation,
          data: data3,
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
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema137.type,
      parentSchema: schema137,
      data,
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
validate82.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const VoidRequest = validate85;
const schema138 = {
  type: "object",
  additionalProperties: false,
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
  },
};
function validate85(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate85.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "clientReferenceInformation")) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema138,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.clientReferenceInformation !== undefined) {
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema138.type,
      parentSchema: schema138,
      data,
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
validate85.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const TransactionSearchRequest = validate87;
const schema139 = {
  type: "object",
  additionalProperties: false,
  required: ["query", "sort"],
  properties: {
    query: { type: "string", minLength: 1 },
    sort: { type: "string", minLength: 1 },
    limit: { type: "integer", minimum: 1, maximum: 2500 },
    offset: { type: "integer", minimum: 0 },
    save: { type: "boolean" },
    name: { type: "string" },
    timezone: { type: "string" },
  },
};
function validate87(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate87.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.query === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "query" },
        message: "must have required property '" + "query" + "'",
        schema: schema139.required,
        parentSchema: schema139,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.sort === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "sort" },
        message: "must have required property '" + "sort" + "'",
        schema: schema139.required,
        parentSchema: schema139,
        data,
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
        key0 === "query" ||
        key0 === "sort" ||
        key0 === "limit" ||
        key0 === "offset" ||
        key0 === "save" ||
        key0 === "name" ||
        key0 === "timezone"
      )) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema139,
          data,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.query !== undefined) {
      let data0 = data.query;
      if (typeof data0 === "string") {
        if (func2(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/query",
            schemaPath: "#/properties/query/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema139.properties.query,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/query",
          schemaPath: "#/properties/query/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema139.properties.query.type,
          parentSchema: schema139.properties.query,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.sort !== undefined) {
      let data1 = data.sort;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = {
            instancePath: instancePath + "/sort",
            schemaPath: "#/properties/sort/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema139.properties.sort,
            data: data1,
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
          instancePath: instancePath + "/sort",
          schemaPath: "#/properties/sort/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema139.properties.sort.type,
          parentSchema: schema139.properties.sort,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.limit !== undefined) {
      let data2 = data.limit;
      if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err7 = {
          instancePath: instancePath + "/limit",
          schemaPath: "#/properties/limit/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema139.properties.limit.type,
          parentSchema: schema139.properties.limit,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 2500 || isNaN(data2)) {
          const err8 = {
            instancePath: instancePath + "/limit",
            schemaPath: "#/properties/limit/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 2500 },
            message: "must be <= 2500",
            schema: 2500,
            parentSchema: schema139.properties.limit,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err9 = {
            instancePath: instancePath + "/limit",
            schemaPath: "#/properties/limit/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema139.properties.limit,
            data: data2,
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.offset !== undefined) {
      let data3 = data.offset;
      if (!(typeof data3 == "number" && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err10 = {
          instancePath: instancePath + "/offset",
          schemaPath: "#/properties/offset/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema139.properties.offset.type,
          parentSchema: schema139.properties.offset,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err11 = {
            instancePath: instancePath + "/offset",
            schemaPath: "#/properties/offset/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema139.properties.offset,
            data: data3,
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.save !== undefined) {
      let data4 = data.save;
      if (typeof data4 !== "boolean") {
        const err12 = {
          instancePath: instancePath + "/save",
          schemaPath: "#/properties/save/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema139.properties.save.type,
          parentSchema: schema139.properties.save,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.name !== undefined) {
      let data5 = data.name;
      if (typeof data5 !== "string") {
        const err13 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema139.properties.name.type,
          parentSchema: schema139.properties.name,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.timezone !== undefined) {
      let data6 = data.timezone;
      if (typeof data6 !== "string") {
        const err14 = {
          instancePath: instancePath + "/timezone",
          schemaPath: "#/properties/timezone/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema139.properties.timezone.type,
          parentSchema: schema139.properties.timezone,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema139.type,
      parentSchema: schema139,
      data,
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate87.errors = vErrors;
  return errors === 0;
}
validate87.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const PayerAuthSetupRequest = validate88;
const schema140 = {
  type: "object",
  additionalProperties: false,
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    paymentInformation: { $ref: "#/components/schemas/PaymentInformation" },
    tokenInformation: { $ref: "#/components/schemas/SetupTokenInformation" },
  },
};
const schema141 = {
  type: "object",
  additionalProperties: false,
  properties: { transientToken: { type: "string", minLength: 1, maxLength: 64 } },
};
function validate88(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate88.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "clientReferenceInformation" ||
        key0 === "paymentInformation" ||
        key0 === "tokenInformation"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema140,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.clientReferenceInformation !== undefined) {
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
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
        !validate47(data.paymentInformation, {
          instancePath: instancePath + "/paymentInformation",
          parentData: data,
          parentDataProperty: "paymentInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenInformation !== undefined) {
      let data2 = data.tokenInformation;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "transientToken")) {
            const err1 = {
              instancePath: instancePath + "/tokenInformation",
              schemaPath: "#/components/schemas/SetupTokenInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema141,
              data: data2,
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data2.transientToken !== undefined) {
          let data3 = data2.transientToken;
          if (typeof data3 === "string") {
            if (func2(data3) > 64) {
              const err2 = {
                instancePath: instancePath + "/tokenInformation/transientToken",
                schemaPath:
                  "#/components/schemas/SetupTokenInformation/properties/transientToken/maxLength",
                keyword: "maxLength",
                params: { limit: 64 },
                message: "must NOT have more than 64 characters",
                schema: 64,
                parentSchema: schema141.properties.transientToken,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (func2(data3) < 1) {
              const err3 = {
                instancePath: instancePath + "/tokenInformation/transientToken",
                schemaPath:
                  "#/components/schemas/SetupTokenInformation/properties/transientToken/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema141.properties.transientToken,
                data: data3,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = {
              instancePath: instancePath + "/tokenInformation/transientToken",
              schemaPath:
                "#/components/schemas/SetupTokenInformation/properties/transientToken/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema141.properties.transientToken.type,
              parentSchema: schema141.properties.transientToken,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/tokenInformation",
          schemaPath: "#/components/schemas/SetupTokenInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema141.type,
          parentSchema: schema141,
          data: data2,
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
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema140.type,
      parentSchema: schema140,
      data,
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate88.errors = vErrors;
  return errors === 0;
}
validate88.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const CheckPayerAuthEnrollmentRequest = validate91;
const schema142 = {
  type: "object",
  additionalProperties: false,
  required: ["orderInformation"],
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    orderInformation: { $ref: "#/components/schemas/PayerAuthOrderInformation" },
    paymentInformation: { $ref: "#/components/schemas/PaymentInformation" },
    tokenInformation: { $ref: "#/components/schemas/SetupTokenInformation" },
    deviceInformation: { $ref: "#/components/schemas/PayerAuthDeviceInformation" },
    consumerAuthenticationInformation: {
      $ref: "#/components/schemas/EnrollmentConsumerAuthenticationInformation",
    },
  },
};
const schema143 = {
  type: "object",
  additionalProperties: false,
  required: ["amountDetails"],
  properties: {
    amountDetails: { $ref: "#/components/schemas/AmountDetails" },
    billTo: { $ref: "#/components/schemas/BillTo" },
  },
};
function validate93(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate93.evaluated;
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
        schema: schema143.required,
        parentSchema: schema143,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "amountDetails" || key0 === "billTo")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema143,
          data,
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
      if (
        !validate60(data.amountDetails, {
          instancePath: instancePath + "/amountDetails",
          parentData: data,
          parentDataProperty: "amountDetails",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
        errors = vErrors.length;
      }
    }
    if (data.billTo !== undefined) {
      if (
        !validate62(data.billTo, {
          instancePath: instancePath + "/billTo",
          parentData: data,
          parentDataProperty: "billTo",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
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
      schema: schema143.type,
      parentSchema: schema143,
      data,
    };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate93.errors = vErrors;
  return errors === 0;
}
validate93.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema145 = {
  type: "object",
  additionalProperties: false,
  properties: {
    ipAddress: { $ref: "#/components/schemas/ipAddress" },
    httpAcceptBrowserValue: { $ref: "#/components/schemas/httpAcceptBrowserValue" },
    httpAcceptContent: { $ref: "#/components/schemas/httpAcceptContent" },
    httpBrowserLanguage: { $ref: "#/components/schemas/httpBrowserLanguage" },
    httpBrowserJavaEnabled: { $ref: "#/components/schemas/httpBrowserJavaEnabled" },
    httpBrowserJavaScriptEnabled: { $ref: "#/components/schemas/httpBrowserJavaScriptEnabled" },
    httpBrowserColorDepth: { $ref: "#/components/schemas/httpBrowserColorDepth" },
    httpBrowserScreenHeight: { $ref: "#/components/schemas/httpBrowserScreenHeight" },
    httpBrowserScreenWidth: { $ref: "#/components/schemas/httpBrowserScreenWidth" },
    httpBrowserTimeDifference: { $ref: "#/components/schemas/httpBrowserTimeDifference" },
    userAgentBrowserValue: { $ref: "#/components/schemas/userAgentBrowserValue" },
  },
};
const schema146 = { type: "string", maxLength: 48, "x-warn-maxLength": 45 };
const schema147 = { type: "string", maxLength: 255 };
const schema148 = { type: "string", maxLength: 256 };
const schema149 = { type: "string", maxLength: 8 };
const schema150 = { type: "boolean" };
const schema151 = { type: "boolean" };
const schema152 = { type: "string", maxLength: 2 };
const schema153 = { type: "string", maxLength: 6 };
const schema154 = { type: "string", maxLength: 6 };
const schema155 = { type: "string", maxLength: 5 };
const schema156 = { type: "string", maxLength: 255 };
function validate98(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate98.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema145.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema145,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.ipAddress !== undefined) {
      let data0 = data.ipAddress;
      if (typeof data0 === "string") {
        if (func2(data0) > 48) {
          const err1 = {
            instancePath: instancePath + "/ipAddress",
            schemaPath: "#/components/schemas/ipAddress/maxLength",
            keyword: "maxLength",
            params: { limit: 48 },
            message: "must NOT have more than 48 characters",
            schema: 48,
            parentSchema: schema146,
            data: data0,
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
          instancePath: instancePath + "/ipAddress",
          schemaPath: "#/components/schemas/ipAddress/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema146.type,
          parentSchema: schema146,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.httpAcceptBrowserValue !== undefined) {
      let data1 = data.httpAcceptBrowserValue;
      if (typeof data1 === "string") {
        if (func2(data1) > 255) {
          const err3 = {
            instancePath: instancePath + "/httpAcceptBrowserValue",
            schemaPath: "#/components/schemas/httpAcceptBrowserValue/maxLength",
            keyword: "maxLength",
            params: { limit: 255 },
            message: "must NOT have more than 255 characters",
            schema: 255,
            parentSchema: schema147,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/httpAcceptBrowserValue",
          schemaPath: "#/components/schemas/httpAcceptBrowserValue/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema147.type,
          parentSchema: schema147,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.httpAcceptContent !== undefined) {
      let data2 = data.httpAcceptContent;
      if (typeof data2 === "string") {
        if (func2(data2) > 256) {
          const err5 = {
            instancePath: instancePath + "/httpAcceptContent",
            schemaPath: "#/components/schemas/httpAcceptContent/maxLength",
            keyword: "maxLength",
            params: { limit: 256 },
            message: "must NOT have more than 256 characters",
            schema: 256,
            parentSchema: schema148,
            data: data2,
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
          instancePath: instancePath + "/httpAcceptContent",
          schemaPath: "#/components/schemas/httpAcceptContent/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema148.type,
          parentSchema: schema148,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.httpBrowserLanguage !== undefined) {
      let data3 = data.httpBrowserLanguage;
      if (typeof data3 === "string") {
        if (func2(data3) > 8) {
          const err7 = {
            instancePath: instancePath + "/httpBrowserLanguage",
            schemaPath: "#/components/schemas/httpBrowserLanguage/maxLength",
            keyword: "maxLength",
            params: { limit: 8 },
            message: "must NOT have more than 8 characters",
            schema: 8,
            parentSchema: schema149,
            data: data3,
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
          instancePath: instancePath + "/httpBrowserLanguage",
          schemaPath: "#/components/schemas/httpBrowserLanguage/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema149.type,
          parentSchema: schema149,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.httpBrowserJavaEnabled !== undefined) {
      let data4 = data.httpBrowserJavaEnabled;
      if (typeof data4 !== "boolean") {
        const err9 = {
          instancePath: instancePath + "/httpBrowserJavaEnabled",
          schemaPath: "#/components/schemas/httpBrowserJavaEnabled/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema150.type,
          parentSchema: schema150,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.httpBrowserJavaScriptEnabled !== undefined) {
      let data5 = data.httpBrowserJavaScriptEnabled;
      if (typeof data5 !== "boolean") {
        const err10 = {
          instancePath: instancePath + "/httpBrowserJavaScriptEnabled",
          schemaPath: "#/components/schemas/httpBrowserJavaScriptEnabled/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema151.type,
          parentSchema: schema151,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.httpBrowserColorDepth !== undefined) {
      let data6 = data.httpBrowserColorDepth;
      if (typeof data6 === "string") {
        if (func2(data6) > 2) {
          const err11 = {
            instancePath: instancePath + "/httpBrowserColorDepth",
            schemaPath: "#/components/schemas/httpBrowserColorDepth/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema152,
            data: data6,
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
          instancePath: instancePath + "/httpBrowserColorDepth",
          schemaPath: "#/components/schemas/httpBrowserColorDepth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema152.type,
          parentSchema: schema152,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.httpBrowserScreenHeight !== undefined) {
      let data7 = data.httpBrowserScreenHeight;
      if (typeof data7 === "string") {
        if (func2(data7) > 6) {
          const err13 = {
            instancePath: instancePath + "/httpBrowserScreenHeight",
            schemaPath: "#/components/schemas/httpBrowserScreenHeight/maxLength",
            keyword: "maxLength",
            params: { limit: 6 },
            message: "must NOT have more than 6 characters",
            schema: 6,
            parentSchema: schema153,
            data: data7,
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
          instancePath: instancePath + "/httpBrowserScreenHeight",
          schemaPath: "#/components/schemas/httpBrowserScreenHeight/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema153.type,
          parentSchema: schema153,
          data: data7,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.httpBrowserScreenWidth !== undefined) {
      let data8 = data.httpBrowserScreenWidth;
      if (typeof data8 === "string") {
        if (func2(data8) > 6) {
          const err15 = {
            instancePath: instancePath + "/httpBrowserScreenWidth",
            schemaPath: "#/components/schemas/httpBrowserScreenWidth/maxLength",
            keyword: "maxLength",
            params: { limit: 6 },
            message: "must NOT have more than 6 characters",
            schema: 6,
            parentSchema: schema154,
            data: data8,
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/httpBrowserScreenWidth",
          schemaPath: "#/components/schemas/httpBrowserScreenWidth/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema154.type,
          parentSchema: schema154,
          data: data8,
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.httpBrowserTimeDifference !== undefined) {
      let data9 = data.httpBrowserTimeDifference;
      if (typeof data9 === "string") {
        if (func2(data9) > 5) {
          const err17 = {
            instancePath: instancePath + "/httpBrowserTimeDifference",
            schemaPath: "#/components/schemas/httpBrowserTimeDifference/maxLength",
            keyword: "maxLength",
            params: { limit: 5 },
            message: "must NOT have more than 5 characters",
            schema: 5,
            parentSchema: schema155,
            data: data9,
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
          instancePath: instancePath + "/httpBrowserTimeDifference",
          schemaPath: "#/components/schemas/httpBrowserTimeDifference/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema155.type,
          parentSchema: schema155,
          data: data9,
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.userAgentBrowserValue !== undefined) {
      let data10 = data.userAgentBrowserValue;
      if (typeof data10 === "string") {
        if (func2(data10) > 255) {
          const err19 = {
            instancePath: instancePath + "/userAgentBrowserValue",
            schemaPath: "#/components/schemas/userAgentBrowserValue/maxLength",
            keyword: "maxLength",
            params: { limit: 255 },
            message: "must NOT have more than 255 characters",
            schema: 255,
            parentSchema: schema156,
            data: data10,
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
          instancePath: instancePath + "/userAgentBrowserValue",
          schemaPath: "#/components/schemas/userAgentBrowserValue/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema156.type,
          parentSchema: schema156,
          data: data10,
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
      schema: schema145.type,
      parentSchema: schema145,
      data,
    };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate98.errors = vErrors;
  return errors === 0;
}
validate98.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema157 = {
  type: "object",
  additionalProperties: false,
  properties: {
    referenceId: { $ref: "#/components/schemas/referenceId" },
    returnUrl: { $ref: "#/components/schemas/returnUrl" },
    acsWindowSize: { $ref: "#/components/schemas/acsWindowSize" },
    deviceChannel: { type: "string", minLength: 1 },
    transactionMode: { type: "string", enum: ["S", "P", "T", "M", "R"], "x-severity": "warning" },
    messageCategory: { type: "string", maxLength: 2 },
    challengeCode: { type: "string", maxLength: 2 },
  },
};
const schema158 = { type: "string", maxLength: 50 };
const schema159 = { type: "string", maxLength: 2048 };
const schema160 = { type: "string", maxLength: 2 };
function validate100(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate100.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(
        key0 === "referenceId" ||
        key0 === "returnUrl" ||
        key0 === "acsWindowSize" ||
        key0 === "deviceChannel" ||
        key0 === "transactionMode" ||
        key0 === "messageCategory" ||
        key0 === "challengeCode"
      )) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema157,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.referenceId !== undefined) {
      let data0 = data.referenceId;
      if (typeof data0 === "string") {
        if (func2(data0) > 50) {
          const err1 = {
            instancePath: instancePath + "/referenceId",
            schemaPath: "#/components/schemas/referenceId/maxLength",
            keyword: "maxLength",
            params: { limit: 50 },
            message: "must NOT have more than 50 characters",
            schema: 50,
            parentSchema: schema158,
            data: data0,
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
          instancePath: instancePath + "/referenceId",
          schemaPath: "#/components/schemas/referenceId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema158.type,
          parentSchema: schema158,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.returnUrl !== undefined) {
      let data1 = data.returnUrl;
      if (typeof data1 === "string") {
        if (func2(data1) > 2048) {
          const err3 = {
            instancePath: instancePath + "/returnUrl",
            schemaPath: "#/components/schemas/returnUrl/maxLength",
            keyword: "maxLength",
            params: { limit: 2048 },
            message: "must NOT have more than 2048 characters",
            schema: 2048,
            parentSchema: schema159,
            data: data1,
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/returnUrl",
          schemaPath: "#/components/schemas/returnUrl/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema159.type,
          parentSchema: schema159,
          data: data1,
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.acsWindowSize !== undefined) {
      let data2 = data.acsWindowSize;
      if (typeof data2 === "string") {
        if (func2(data2) > 2) {
          const err5 = {
            instancePath: instancePath + "/acsWindowSize",
            schemaPath: "#/components/schemas/acsWindowSize/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema160,
            data: data2,
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
          instancePath: instancePath + "/acsWindowSize",
          schemaPath: "#/components/schemas/acsWindowSize/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema160.type,
          parentSchema: schema160,
          data: data2,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.deviceChannel !== undefined) {
      let data3 = data.deviceChannel;
      if (typeof data3 === "string") {
        if (func2(data3) < 1) {
          const err7 = {
            instancePath: instancePath + "/deviceChannel",
            schemaPath: "#/properties/deviceChannel/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema157.properties.deviceChannel,
            data: data3,
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
          instancePath: instancePath + "/deviceChannel",
          schemaPath: "#/properties/deviceChannel/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema157.properties.deviceChannel.type,
          parentSchema: schema157.properties.deviceChannel,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.transactionMode !== undefined) {
      let data4 = data.transactionMode;
      if (typeof data4 !== "string") {
        const err9 = {
          instancePath: instancePath + "/transactionMode",
          schemaPath: "#/properties/transactionMode/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema157.properties.transactionMode.type,
          parentSchema: schema157.properties.transactionMode,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data4 === "S" || data4 === "P" || data4 === "T" || data4 === "M" || data4 === "R")) {
        const err10 = {
          instancePath: instancePath + "/transactionMode",
          schemaPath: "#/properties/transactionMode/enum",
          keyword: "enum",
          params: { allowedValues: schema157.properties.transactionMode.enum },
          message: "must be equal to one of the allowed values",
          schema: schema157.properties.transactionMode.enum,
          parentSchema: schema157.properties.transactionMode,
          data: data4,
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.messageCategory !== undefined) {
      let data5 = data.messageCategory;
      if (typeof data5 === "string") {
        if (func2(data5) > 2) {
          const err11 = {
            instancePath: instancePath + "/messageCategory",
            schemaPath: "#/properties/messageCategory/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema157.properties.messageCategory,
            data: data5,
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
          instancePath: instancePath + "/messageCategory",
          schemaPath: "#/properties/messageCategory/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema157.properties.messageCategory.type,
          parentSchema: schema157.properties.messageCategory,
          data: data5,
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.challengeCode !== undefined) {
      let data6 = data.challengeCode;
      if (typeof data6 === "string") {
        if (func2(data6) > 2) {
          const err13 = {
            instancePath: instancePath + "/challengeCode",
            schemaPath: "#/properties/challengeCode/maxLength",
            keyword: "maxLength",
            params: { limit: 2 },
            message: "must NOT have more than 2 characters",
            schema: 2,
            parentSchema: schema157.properties.challengeCode,
            data: data6,
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
          instancePath: instancePath + "/challengeCode",
          schemaPath: "#/properties/challengeCode/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema157.properties.challengeCode.type,
          parentSchema: schema157.properties.challengeCode,
          data: data6,
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema157.type,
      parentSchema: schema157,
      data,
    };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate100.errors = vErrors;
  return errors === 0;
}
validate100.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate91(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate91.evaluated;
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
        schema: schema142.required,
        parentSchema: schema142,
        data,
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
        key0 === "paymentInformation" ||
        key0 === "tokenInformation" ||
        key0 === "deviceInformation" ||
        key0 === "consumerAuthenticationInformation"
      )) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema142,
          data,
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
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.orderInformation !== undefined) {
      if (
        !validate93(data.orderInformation, {
          instancePath: instancePath + "/orderInformation",
          parentData: data,
          parentDataProperty: "orderInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
        errors = vErrors.length;
      }
    }
    if (data.paymentInformation !== undefined) {
      if (
        !validate47(data.paymentInformation, {
          instancePath: instancePath + "/paymentInformation",
          parentData: data,
          parentDataProperty: "paymentInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenInformation !== undefined) {
      let data3 = data.tokenInformation;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "transientToken")) {
            const err2 = {
              instancePath: instancePath + "/tokenInformation",
              schemaPath: "#/components/schemas/SetupTokenInformation/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema141,
              data: data3,
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data3.transientToken !== undefined) {
          let data4 = data3.transientToken;
          if (typeof data4 === "string") {
            if (func2(data4) > 64) {
              const err3 = {
                instancePath: instancePath + "/tokenInformation/transientToken",
                schemaPath:
                  "#/components/schemas/SetupTokenInformation/properties/transientToken/maxLength",
                keyword: "maxLength",
                params: { limit: 64 },
                message: "must NOT have more than 64 characters",
                schema: 64,
                parentSchema: schema141.properties.transientToken,
                data: data4,
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
            if (func2(data4) < 1) {
              const err4 = {
                instancePath: instancePath + "/tokenInformation/transientToken",
                schemaPath:
                  "#/components/schemas/SetupTokenInformation/properties/transientToken/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema141.properties.transientToken,
                data: data4,
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
              instancePath: instancePath + "/tokenInformation/transientToken",
              schemaPath:
                "#/components/schemas/SetupTokenInformation/properties/transientToken/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema141.properties.transientToken.type,
              parentSchema: schema141.properties.transientToken,
              data: data4,
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
          instancePath: instancePath + "/tokenInformation",
          schemaPath: "#/components/schemas/SetupTokenInformation/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema141.type,
          parentSchema: schema141,
          data: data3,
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.deviceInformation !== undefined) {
      if (
        !validate98(data.deviceInformation, {
          instancePath: instancePath + "/deviceInformation",
          parentData: data,
          parentDataProperty: "deviceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
        errors = vErrors.length;
      }
    }
    if (data.consumerAuthenticationInformation !== undefined) {
      if (
        !validate100(data.consumerAuthenticationInformation, {
          instancePath: instancePath + "/consumerAuthenticationInformation",
          parentData: data,
          parentDataProperty: "consumerAuthenticationInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate100.errors : vErrors.concat(validate100.errors);
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
      schema: schema142.type,
      parentSchema: schema142,
      data,
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate91.errors = vErrors;
  return errors === 0;
}
validate91.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
export const ValidateAuthenticationResultsRequest = validate102;
const schema161 = {
  type: "object",
  additionalProperties: false,
  required: ["consumerAuthenticationInformation", "orderInformation"],
  properties: {
    clientReferenceInformation: { $ref: "#/components/schemas/ClientReferenceInformation" },
    orderInformation: { $ref: "#/components/schemas/PayerAuthOrderInformation" },
    paymentInformation: { $ref: "#/components/schemas/PaymentInformation" },
    tokenInformation: { $ref: "#/components/schemas/ValidateTokenInformation" },
    consumerAuthenticationInformation: {
      $ref: "#/components/schemas/ValidationConsumerAuthenticationInformation",
    },
  },
};
const schema162 = {
  type: "object",
  additionalProperties: false,
  properties: { jti: { $ref: "#/components/schemas/jti" } },
};
const schema163 = { type: "string", minLength: 1, maxLength: 64 };
function validate106(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate106.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "jti")) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema162,
          data,
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.jti !== undefined) {
      let data0 = data.jti;
      if (typeof data0 === "string") {
        if (func2(data0) > 64) {
          const err1 = {
            instancePath: instancePath + "/jti",
            schemaPath: "#/components/schemas/jti/maxLength",
            keyword: "maxLength",
            params: { limit: 64 },
            message: "must NOT have more than 64 characters",
            schema: 64,
            parentSchema: schema163,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/jti",
            schemaPath: "#/components/schemas/jti/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema163,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/jti",
          schemaPath: "#/components/schemas/jti/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema163.type,
          parentSchema: schema163,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema162.type,
      parentSchema: schema162,
      data,
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate106.errors = vErrors;
  return errors === 0;
}
validate106.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
const schema164 = {
  type: "object",
  additionalProperties: false,
  required: ["authenticationTransactionId"],
  properties: {
    authenticationTransactionId: { $ref: "#/components/schemas/authenticationTransactionId" },
  },
};
const schema165 = { type: "string", maxLength: 26 };
function validate108(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate108.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.authenticationTransactionId === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "authenticationTransactionId" },
        message: "must have required property '" + "authenticationTransactionId" + "'",
        schema: schema164.required,
        parentSchema: schema164,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "authenticationTransactionId")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema164,
          data,
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.authenticationTransactionId !== undefined) {
      let data0 = data.authenticationTransactionId;
      if (typeof data0 === "string") {
        if (func2(data0) > 26) {
          const err2 = {
            instancePath: instancePath + "/authenticationTransactionId",
            schemaPath: "#/components/schemas/authenticationTransactionId/maxLength",
            keyword: "maxLength",
            params: { limit: 26 },
            message: "must NOT have more than 26 characters",
            schema: 26,
            parentSchema: schema165,
            data: data0,
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/authenticationTransactionId",
          schemaPath: "#/components/schemas/authenticationTransactionId/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema165.type,
          parentSchema: schema165,
          data: data0,
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
  } else {
    const err4 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema164.type,
      parentSchema: schema164,
      data,
    };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate108.errors = vErrors;
  return errors === 0;
}
validate108.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate102(
  data,
  { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {},
) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate102.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.consumerAuthenticationInformation === undefined) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "consumerAuthenticationInformation" },
        message: "must have required property '" + "consumerAuthenticationInformation" + "'",
        schema: schema161.required,
        parentSchema: schema161,
        data,
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.orderInformation === undefined) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "orderInformation" },
        message: "must have required property '" + "orderInformation" + "'",
        schema: schema161.required,
        parentSchema: schema161,
        data,
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
        key0 === "orderInformation" ||
        key0 === "paymentInformation" ||
        key0 === "tokenInformation" ||
        key0 === "consumerAuthenticationInformation"
      )) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema161,
          data,
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
      if (
        !validate22(data.clientReferenceInformation, {
          instancePath: instancePath + "/clientReferenceInformation",
          parentData: data,
          parentDataProperty: "clientReferenceInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.orderInformation !== undefined) {
      if (
        !validate93(data.orderInformation, {
          instancePath: instancePath + "/orderInformation",
          parentData: data,
          parentDataProperty: "orderInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
        errors = vErrors.length;
      }
    }
    if (data.paymentInformation !== undefined) {
      if (
        !validate47(data.paymentInformation, {
          instancePath: instancePath + "/paymentInformation",
          parentData: data,
          parentDataProperty: "paymentInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
        errors = vErrors.length;
      }
    }
    if (data.tokenInformation !== undefined) {
      if (
        !validate106(data.tokenInformation, {
          instancePath: instancePath + "/tokenInformation",
          parentData: data,
          parentDataProperty: "tokenInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
        errors = vErrors.length;
      }
    }
    if (data.consumerAuthenticationInformation !== undefined) {
      if (
        !validate108(data.consumerAuthenticationInformation, {
          instancePath: instancePath + "/consumerAuthenticationInformation",
          parentData: data,
          parentDataProperty: "consumerAuthenticationInformation",
          rootData,
          dynamicAnchors,
        })
      ) {
        vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
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
      schema: schema161.type,
      parentSchema: schema161,
      data,
    };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
}
validate102.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
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
