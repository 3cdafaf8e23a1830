/**
 * Cases after the retirement (issue 15), in Chromium on the sandbox running the built app, in the
 * Insights only setup (no connector): Contact Microsoft support does not pretend to open a case;
 * it tells the administrator to open the service request in the Microsoft 365 admin center and
 * links there; the administrator records it (a javascript: link is refused first, nothing saved),
 * then updates its status by hand with a note; the agent sees it read-only with its kind. Nothing
 * of it calls the Microsoft support connector.
 *
 * Before the browser runs, this test writes what a finished Insights only Setup leaves behind (the
 * Setup row), into the sandbox's SQLite file through the emulation's store. It runs on the strict
 * sandbox and with every undocumented platform behaviour lenient (SANDBOX_LENIENT=all).
 */
import { Browser } from "playwright-core";
import { SqliteStore } from "../../sandbox/glide/store/SqliteStore";
import { newSysId } from "../../sandbox/glide/sysId";
import { formatGlideDateTime } from "../../sandbox/glide/time";
import { DEMO_TENANT, DEMO_USERS } from "../../sandbox/instance/demo";
import { MESSAGES, formatMessage } from "../../src/server/messages/catalogue";
import { RunningSandbox, launchChromium, logIn, startSandbox } from "./harness";
import { docScreenshot, expectAccessible } from "./support/page-checks";

let sandbox: RunningSandbox;
let browser: Browser;
let incidentId = "";

const NUMBER = "2611300040001234";
const LINK = "https://admin.microsoft.com/AdminPortal/Home#/support";

function withStore<T>(fn: (store: SqliteStore) => T): T {
  const store = new SqliteStore(sandbox.dbPath);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

const caseRows = () =>
  withStore((store) =>
    store.hasTable("x_mioms_m365_assis_case")
      ? store.query("x_mioms_m365_assis_case", {})
      : [],
  );
const workNotes = () =>
  withStore((store) =>
    store
      .query("sys_journal_field", {})
      .filter(
        (row) => row.element_id === incidentId && row.element === "work_notes",
      ),
  );
const connectorCalls = async () => {
  const response = await fetch(sandbox.microsoftUrl + "/_sim/journal");
  const journal = (await response.json()) as { path: string }[];
  return journal.filter((entry) =>
    /servicerequests|\/v1\/tenants/.test(entry.path),
  ).length;
};

describe.each([
  ["strict", {}],
  ["lenient", { SANDBOX_LENIENT: "all" }],
])("%s sandbox", (mode: string, env: Record<string, string>) => {
  beforeAll(async () => {
    sandbox = await startSandbox({ env });
    browser = await launchChromium();
    incidentId = withStore((store) => {
      const now = formatGlideDateTime(Date.now());
      store.insert("x_mioms_m365_assis_setup", {
        sys_id: newSysId(),
        sys_created_on: now,
        sys_updated_on: now,
        sys_created_by: "e2e",
        sys_updated_by: "e2e",
        sys_mod_count: "0",
        step: "done",
        consent: "true",
        mode: "insights",
        test_environment: "true",
        tenant_domain: DEMO_TENANT,
        admin_email: `${DEMO_USERS.m365Admin.userName}@contoso.example`,
        completed: "true",
      });
      return store
        .query("incident", {})
        .find((row) => row.number === "INC0010001")!.sys_id as string;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await sandbox?.stop();
  });

  const panelUrl = () =>
    `${sandbox.url}/x_mioms_m365_assis_panel.do?sysparm_incident=${incidentId}`;

  test("Insights only: the administrator is sent to the Microsoft 365 admin center, records the service request there opened, and updates it by hand", async () => {
    const page = await logIn(browser, sandbox.url, DEMO_USERS.m365Admin);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(panelUrl());
    await page
      .getByRole("heading", { name: /Microsoft 365 Insights/ })
      .waitFor({ timeout: 15_000 });

    // No pretending: the catalogue's instructions and the admin center's link, no "Submit to Microsoft support".
    const instructions = page.locator("#m365-record-instructions");
    expect(await instructions.locator("p").first().textContent()).toBe(
      MESSAGES.CASE_RECORD_INSTRUCTIONS,
    );
    expect(
      await page.locator("#m365-admin-center-link").getAttribute("href"),
    ).toBe(LINK);
    expect(
      await page
        .getByRole("button", { name: "Contact Microsoft support" })
        .count(),
    ).toBe(0);

    await page
      .getByRole("button", { name: "Record the service request" })
      .click();
    await page.getByLabel("Service request number").fill(NUMBER);
    await page
      .getByLabel("Link to the service request (optional, admin.microsoft.com)")
      .fill("javascript:alert(document.cookie)");
    expect(await page.getByLabel("Contact email").inputValue()).toBe(
      "m365.admin@contoso.example",
    ); // Setup's admin email
    await page.getByLabel("Contact name (optional)").fill("Megan Bowen");
    await page.getByRole("textbox", { name: "Phone" }).fill("+1 425 555 0100");
    await page.getByLabel("Severity").selectOption("B");
    await expectAccessible(
      page,
      "panel (administrator, recording a service request)",
    );

    // A link that is not on admin.microsoft.com: the catalogue message, nothing saved.
    await page
      .getByRole("button", { name: "Save the service request" })
      .click();
    const alert = page.locator("[role=alert]");
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.locator(".m365-problem-message").textContent()).toBe(
      MESSAGES.CASE_RECORD_LINK_INVALID,
    );
    expect(caseRows()).toHaveLength(0);

    await page
      .getByLabel("Link to the service request (optional, admin.microsoft.com)")
      .fill(LINK);
    await page
      .getByRole("button", { name: "Save the service request" })
      .click();
    await page
      .getByText(formatMessage(MESSAGES.CASE_RECORDED, [NUMBER]))
      .waitFor({ timeout: 15_000 });
    expect(await page.locator("#m365-case-kind").textContent()).toBe(
      "Recorded by hand from the Microsoft 365 admin center",
    );
    expect(await page.locator("#m365-case-number").textContent()).toBe(NUMBER);
    expect(await page.locator("#m365-case-status").textContent()).toBe("Open");
    expect(await page.locator("#m365-case-link").getAttribute("href")).toBe(
      LINK,
    );
    expect(
      await page.getByRole("button", { name: "Refresh case" }).count(),
    ).toBe(0); // nothing to ask Microsoft
    expect(
      await page
        .getByRole("button", { name: "Record the service request" })
        .count(),
    ).toBe(0); // one open case
    expect(caseRows()).toEqual([
      expect.objectContaining({
        kind: "manual",
        case_number: NUMBER,
        incident: incidentId,
        severity: "b",
        contact_name: "Megan Bowen",
        admin_center_url: LINK,
      }),
    ]);
    expect(workNotes()).toHaveLength(1);

    // The status the admin center shows now, with a note: saved, listed, a work note.
    await page
      .getByLabel("Status in the Microsoft 365 admin center")
      .selectOption("waitingForCustomer");
    await page
      .getByLabel("Note (optional)")
      .fill("Microsoft asked for a Fiddler trace.");
    await page.getByRole("button", { name: "Save update" }).click();
    await page
      .getByText(formatMessage(MESSAGES.CASE_RECORD_UPDATED, [NUMBER]))
      .waitFor({ timeout: 15_000 });
    expect(await page.locator("#m365-case-status").textContent()).toBe(
      "Waiting for customer",
    );
    expect(
      await page.locator("#m365-case-updates li").first().textContent(),
    ).toContain("Microsoft asked for a Fiddler trace.");
    expect(caseRows()[0]).toMatchObject({
      status: "waitingForCustomer",
      closed: "false",
    });
    expect(workNotes()).toHaveLength(2);
    await expectAccessible(
      page,
      "panel (administrator, service request recorded by hand)",
    );
    if (mode === "strict")
      await docScreenshot(page, "panel-admin-recorded-case");
    expect(await connectorCalls()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the agent sees the recorded service request read-only, with its kind", async () => {
    const page = await logIn(browser, sandbox.url, DEMO_USERS.agent);
    await page.goto(panelUrl());
    await page.locator("#m365-case-number").waitFor({ timeout: 15_000 });
    expect(await page.locator("#m365-case-kind").textContent()).toBe(
      "Recorded by hand from the Microsoft 365 admin center",
    );
    expect(await page.locator("#m365-case-status").textContent()).toBe(
      "Waiting for customer",
    );
    expect(await page.locator("#m365-case-read-only").textContent()).toBe(
      "An administrator keeps this service request up to date from the Microsoft 365 admin center.",
    );
    expect(await page.locator("#m365-record-update").count()).toBe(0);
    expect(
      await page.getByRole("button", { name: "Refresh case" }).count(),
    ).toBe(0);
    expect(
      await page
        .getByRole("button", { name: "Record the service request" })
        .count(),
    ).toBe(0);

    // Its own call to the update route is refused by the route ACL or the code, and changes nothing.
    const status = await page.evaluate(async (path) => {
      const response = await fetch(path, {
        method: "PATCH",
        headers: {
          "Content-Type": "application/json",
          "X-UserToken": (window as unknown as { g_ck: string }).g_ck,
        },
        body: JSON.stringify({ status: "closed" }),
      });
      return response.status;
    }, `/api/x_mioms_m365_assis/v1/panel/incidents/${incidentId}/recorded-case`);
    expect(status).toBe(403);
    expect(caseRows()[0]).toMatchObject({
      status: "waitingForCustomer",
      closed: "false",
    });
    await expectAccessible(
      page,
      "panel (agent, service request recorded by hand)",
    );
    await page.close();
  });
});
