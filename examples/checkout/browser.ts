// The checkout page's script. page.ts serves it as the text of `checkoutScript` called with the
// page's configuration, so it must not use anything outside its own body. It runs the card field
// (Flex Microform: the card is typed into an iframe of the payment provider's origin), 3-D
// Secure device data collection in a hidden iframe, the challenge in a visible one, and shows
// the result in the buyer's language.
import type { PaymentOption } from "./order.js";
import type { TextKey } from "./texts.js";
import type { CheckoutView } from "./view.js";

/** What the server puts in the page. */
export interface PageConfig {
  readonly amount: string;
  readonly item: { readonly ja: string; readonly en: string };
  readonly options: readonly PaymentOption[];
  readonly texts: { readonly ja: Record<TextKey, string>; readonly en: Record<TextKey, string> };
}

type Lang = "ja" | "en";
type Microform = {
  createField(name: string): { load(selector: string): void };
  createToken(
    expiry: { expirationMonth: string; expirationYear: string },
    callback: (error: { message?: string } | null, token: string) => void,
  ): void;
};

/** The page's behaviour; `config` comes from the server. */
export function checkoutScript(config: PageConfig): void {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const params = new URLSearchParams(location.search);
  let lang: Lang = params.get("lang") === "en" ? "en" : "ja";
  let shown: CheckoutView | undefined;
  let microform: Microform | undefined;
  let captureContext = "";

  const fill = (key: TextKey, values: Record<string, string | number> = {}) =>
    config.texts[lang][key].replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name]));
  const yen = (amount: string | number) =>
    new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US", {
      style: "currency",
      currency: "JPY",
    }).format(Number(amount));
  const optionOf = (code: string | undefined) => config.options.find((o) => o.code === code);

  function applyLanguage(): void {
    document.documentElement.lang = lang;
    for (const element of document.querySelectorAll<HTMLElement>("[data-t]")) {
      element.textContent = fill(element.dataset["t"] as TextKey);
    }
    for (const button of document.querySelectorAll<HTMLButtonElement>("[data-lang]")) {
      button.setAttribute("aria-pressed", String(button.dataset["lang"] === lang));
    }
    $("item").textContent = config.item[lang];
    for (const id of ["price", "total"]) $(id).textContent = yen(config.amount);
    $("pay").textContent = fill("pay", { amount: yen(config.amount) });
    renderOptions();
    if (shown !== undefined) renderResult(shown);
  }

  function renderOptions(): void {
    const chosen = selectedOption();
    const list = $("options");
    list.replaceChildren(
      ...config.options.map((option) => {
        const label = document.createElement("label");
        label.className = "option";
        const radio = document.createElement("input");
        Object.assign(radio, { type: "radio", name: "option", value: option.code });
        radio.checked = option.code === (chosen?.code ?? config.options[0]?.code);
        radio.addEventListener("change", renderCounts);
        label.append(radio, document.createTextNode(option[lang]));
        return label;
      }),
    );
    renderCounts();
  }

  function selectedOption(): PaymentOption | undefined {
    const radio = document.querySelector<HTMLInputElement>("input[name=option]:checked");
    return optionOf(radio?.value);
  }

  function renderCounts(): void {
    const counts = selectedOption()?.counts ?? [];
    const select = $<HTMLSelectElement>("count");
    const before = select.value;
    select.replaceChildren(...counts.map((n) => new Option(fill("countValue", { n }), String(n))));
    if (counts.map(String).includes(before)) select.value = before;
    $("count-row").hidden = counts.length === 0;
  }

  function post(path: string, body: unknown): Promise<Record<string, unknown>> {
    return fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<Record<string, unknown>>);
  }

  async function loadCardField(): Promise<void> {
    const context = await post("/capture-context", {});
    captureContext = String(context["captureContext"]);
    await new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = String(context["clientLibrary"]);
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    const Flex = (window as unknown as { Flex: new (c: string) => { microform(): Microform } })
      .Flex;
    microform = new Flex(captureContext).microform();
    microform.createField("number").load("#card-number");
    $<HTMLButtonElement>("pay").disabled = false;
  }

  function tokenize(): Promise<string> {
    return new Promise((resolve, reject) => {
      const expiry = {
        expirationMonth: $<HTMLSelectElement>("month").value,
        expirationYear: $<HTMLSelectElement>("year").value,
      };
      microform?.createToken(expiry, (error, token) =>
        error ? reject(new Error(error.message ?? "")) : resolve(token),
      );
    });
  }

  /** Posts `fields` into the iframe named `target`; resolves to the first message `accept`s. */
  function postIntoFrame<T>(
    url: string,
    target: string,
    fields: Record<string, string>,
    accept: (event: MessageEvent) => T | undefined,
    timeoutMs: number,
  ): Promise<T | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      const listen = (event: MessageEvent) => {
        const value = accept(event);
        if (value !== undefined) finish(value);
      };
      function finish(value: T | undefined) {
        clearTimeout(timer);
        window.removeEventListener("message", listen);
        resolve(value);
      }
      window.addEventListener("message", listen);
      const form = document.createElement("form");
      Object.assign(form, { method: "POST", action: url, target, hidden: true });
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement("input");
        Object.assign(input, { type: "hidden", name, value });
        form.append(input);
      }
      document.body.append(form);
      form.submit();
      form.remove();
    });
  }

  /** Cardinal's device data collection: its page posts `profile.completed` (at most ~10 s). */
  function collectDeviceData(url: string, jwt: string): Promise<unknown> {
    const origin = new URL(url).origin;
    return postIntoFrame(
      url,
      "collect",
      { JWT: jwt },
      (event) => {
        if (event.origin !== origin || typeof event.data !== "string") return undefined;
        const message = JSON.parse(event.data) as { MessageType?: string };
        return message.MessageType === "profile.completed" ? message : undefined;
      },
      10_000,
    );
  }

  /** The challenge in the visible iframe; this server's return page posts the final result. */
  async function challenge(stepUp: NonNullable<CheckoutView["stepUp"]>): Promise<CheckoutView> {
    $("form-panel").hidden = true;
    $("challenge").hidden = false;
    const fields = { JWT: stepUp.accessToken, MD: stepUp.md };
    const view = await postIntoFrame(
      stepUp.url,
      "step-up",
      fields,
      (event) => {
        const data = event.data as { type?: string; view?: CheckoutView } | null;
        const ours = event.origin === location.origin && data?.type === "checkout-result";
        return ours ? data?.view : undefined;
      },
      600_000,
    );
    $("challenge").hidden = true;
    return view ?? { status: "ERROR", reason: "CHALLENGE_TIMEOUT" };
  }

  function browserFields(): Record<string, string | boolean> {
    const language = navigator.language;
    return {
      httpBrowserLanguage: language.length <= 8 ? language : (language.split("-")[0] ?? ""),
      httpBrowserJavaEnabled: false,
      httpBrowserJavaScriptEnabled: true,
      httpBrowserColorDepth: String(screen.colorDepth),
      httpBrowserScreenHeight: String(screen.height),
      httpBrowserScreenWidth: String(screen.width),
      httpBrowserTimeDifference: String(new Date().getTimezoneOffset()),
    };
  }

  function progress(key: TextKey | undefined): void {
    $("progress").hidden = key === undefined;
    $("progress-text").textContent = key === undefined ? "" : fill(key);
  }

  async function pay(): Promise<void> {
    $<HTMLButtonElement>("pay").disabled = true;
    $("message").textContent = "";
    progress("tokenizing");
    let transientToken: string;
    try {
      transientToken = await tokenize();
    } catch (error) {
      progress(undefined);
      $("message").textContent = fill("tokenError", { message: (error as Error).message });
      $<HTMLButtonElement>("pay").disabled = false;
      return;
    }
    progress("collecting");
    const setup = await post("/setup", { transientToken, captureContext });
    if (setup["status"] !== "READY") return renderResult(setup as unknown as CheckoutView);
    await collectDeviceData(String(setup["deviceDataCollectionUrl"]), String(setup["accessToken"]));
    progress("authorizing");
    const option = selectedOption();
    const choice = {
      paymentMethod: option?.code,
      ...(option?.counts.length ? { installments: $<HTMLSelectElement>("count").value } : {}),
    };
    const body = { orderId: setup["orderId"], choice, browser: browserFields() };
    let view = (await post("/pay", body)) as unknown as CheckoutView;
    if (view.stepUp !== undefined) {
      progress(undefined);
      view = await challenge(view.stepUp);
    }
    renderResult(view);
  }

  function planOf(view: CheckoutView): string {
    const count = Number(view.installments);
    if (!(count > 0)) return fill(`plan${view.paymentMethod}` as TextKey);
    const total = Number(view.amount);
    const each = Math.floor(total / count);
    const first = total - each * (count - 1);
    const values = { n: count, each: yen(each), first: yen(first), rest: count - 1 };
    const plan = fill(first === each ? "planEven" : "planUneven", values);
    return view.paymentMethod === "31" ? plan + fill("planBonus") : plan;
  }

  function failure(view: CheckoutView): string {
    const reason = view.reason ?? view.status;
    if (reason === "CONSUMER_AUTHENTICATION_FAILED") return fill("authFailed");
    return fill(view.status === "ERROR" ? "error" : "declined", { reason });
  }

  function renderResult(view: CheckoutView): void {
    shown = view;
    progress(undefined);
    $("form-panel").hidden = true;
    $("result").hidden = false;
    const ok = view.status === "AUTHORIZED" || view.status === "PARTIAL_AUTHORIZED";
    $("result").dataset["outcome"] = ok ? "approved" : "failed";
    $("result-title").textContent = fill(ok ? "doneTitle" : "failTitle");
    $("result-lead").textContent = ok ? fill("doneLead") : failure(view);
    $("retry").textContent = fill(ok ? "again" : "retry");
    const option = optionOf(view.paymentMethod);
    const count = view.installments ? ` ${fill("countValue", { n: view.installments })}` : "";
    const eci = view.eci ? `${view.eci} (${fill(`eci${view.eci}` as TextKey)})` : undefined;
    const rows: [TextKey, string | undefined][] = [
      ["status", view.status],
      ["approvalCode", view.approvalCode],
      ["amount", view.amount ? yen(view.amount) : undefined],
      ["method", option ? option[lang] + count : undefined],
      ["plan", ok && option ? planOf(view) : undefined],
      ["salesSlip", view.salesSlipNumber],
      ["eci", eci],
      ["paymentId", view.paymentId],
    ];
    $("details").replaceChildren(
      ...rows
        .filter((row): row is [TextKey, string] => row[1] !== undefined)
        .flatMap(([key, value]) => {
          const [dt, dd] = [document.createElement("dt"), document.createElement("dd")];
          dt.textContent = fill(key);
          dd.textContent = value;
          dd.dataset["field"] = key;
          return [dt, dd];
        }),
    );
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>("[data-lang]")) {
    button.addEventListener("click", () => {
      lang = button.dataset["lang"] === "en" ? "en" : "ja";
      params.set("lang", lang);
      history.replaceState(null, "", `?${params}`);
      applyLanguage();
    });
  }
  $("pay-form").addEventListener("submit", (event) => {
    event.preventDefault();
    void pay();
  });
  $("retry").addEventListener("click", () => location.reload());
  applyLanguage();
  void loadCardField();
}
