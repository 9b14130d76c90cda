// A small plugin JAR for the sandbox's own tests, shaped like the real build's output:
// a loader in atl.admin, an on-demand app chunk, i18n, web-items and a condition or two.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

export const TEST_PLUGIN_KEY = 'com.vilisoft.jira.support-bundle';

const SYSADMIN = 'com.atlassian.jira.plugin.webfragment.conditions.UserIsSysAdminCondition';

export const TEST_DESCRIPTOR = `<?xml version="1.0" encoding="UTF-8"?>
<atlassian-plugin key="${TEST_PLUGIN_KEY}" name="Support Bundle for Jira DC" plugins-version="2">
  <plugin-info>
    <description>Collect, redact and download a support bundle.</description>
    <version>0.1.0</version>
    <vendor name="Vilisoft" url="https://vilisoft.com"/>
    <param name="atlassian-data-center-status">compatible</param>
    <param name="atlassian-data-center-compatible">true</param>
  </plugin-info>
  <resource type="i18n" name="i18n" location="i18n.support-bundle"/>
  <web-resource key="common">
    <resource type="download" name="common.js" location="js/common.js"/>
    <resource type="download" name="common.css" location="css/common.css"/>
  </web-resource>
  <web-resource key="admin-loader">
    <transformation extension="js"><transformer key="jsI18n"/></transformation>
    <context>atl.admin</context>
    <dependency>com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path</dependency>
    <dependency>${TEST_PLUGIN_KEY}:common</dependency>
    <resource type="download" name="loader.js" location="js/loader.js"/>
  </web-resource>
  <web-resource key="app">
    <transformation extension="js"><transformer key="jsI18n"/></transformation>
    <dependency>${TEST_PLUGIN_KEY}:common</dependency>
    <resource type="download" name="app.js" location="js/app.js"/>
    <resource type="download" name="app.css" location="css/app.css"/>
  </web-resource>
  <web-resource key="not-for-sysadmins">
    <context>atl.admin</context>
    <resource type="download" name="hidden.js" location="js/hidden.js"/>
    <condition class="${SYSADMIN}" invert="true"/>
  </web-resource>
  <web-resource key="general">
    <context>atl.general</context>
    <resource type="download" name="general.js" location="js/general.js"/>
  </web-resource>
  <web-resource key="assets">
    <resource type="download" name="images/" location="images/"/>
    <resource type="download" name="data.json" location="data/data.json"/>
  </web-resource>
  <web-section key="vilisoft_section" location="admin_system_menu" weight="90">
    <label key="support-bundle.section"/>
  </web-section>
  <web-item key="support-bundle-link" section="admin_system_menu/troubleshooting_and_support" weight="15">
    <label key="support-bundle.admin.label"/>
    <link linkId="vilisoft-support-bundle-link">/secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle</link>
    <condition class="${SYSADMIN}"/>
  </web-item>
  <web-item key="section-link" section="admin_system_menu/vilisoft_section" weight="10">
    <label>About the bundle</label>
    <link linkId="vilisoft-about-link">/secure/admin/ViewSystemInfo.jspa#vilisoft-about</link>
  </web-item>
  <web-item key="too-deep" section="admin_system_menu/troubleshooting_and_support/deeper">
    <label>Too deep</label>
    <link>/secure/admin/ViewSystemInfo.jspa#never</link>
  </web-item>
</atlassian-plugin>
`;

/** ISO-8859-1 bytes, as Java reads properties files. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

export const TEST_PROPERTIES = latin1(
  [
    '# Support bundle messages',
    'support-bundle.admin.label = Support bundle',
    'support-bundle.section=Vilisoft tools',
    "support-bundle.greeting=Hello {0}, it''s {1}",
    'support-bundle.cafe=Caf\u00e9 \\u2014 cr\u00e8me',
    'support-bundle.multi=first \\',
    '    second',
    'support-bundle.quote=say "hi"',
  ].join('\n'),
);

export const TEST_FILES: Record<string, string | Uint8Array> = {
  'atlassian-plugin.xml': TEST_DESCRIPTOR,
  'i18n/support-bundle.properties': TEST_PROPERTIES,
  'js/common.js': 'window.__sandboxCommon = true;\n',
  'css/common.css': '.vilisoft-common { color: #172b4d; }\n',
  'js/loader.js': [
    'window.__loaderLabel = AJS.I18n.getText("support-bundle.admin.label");',
    "window.__loaderGreeting = AJS.I18n.getText('support-bundle.greeting', 'Ada', 'late');",
    'window.__loaderQuote = WRM.I18n.getText("support-bundle.quote");',
    'window.__loaderMissing = AJS.I18n.getText("support-bundle.missing");',
    '//# sourceMappingURL=loader.js.map',
    '',
  ].join('\n'),
  'js/loader.js.map': '{"version":3,"sources":["loader.ts"],"mappings":""}\n',
  'js/app.js': 'window.__appLoaded = AJS.I18n.getText("support-bundle.cafe");\n',
  'css/app.css': '.vilisoft-app { display: block; }\n',
  'js/hidden.js': 'window.__hiddenLoaded = true;\n',
  'js/general.js': 'window.__generalLoaded = true;\n',
  'images/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
  'data/data.json': '{"fake":true}\n',
};

/** Writes the test JAR to a fresh temporary folder and returns its path. */
export async function buildTestPluginJar(
  files: Record<string, string | Uint8Array> = TEST_FILES,
): Promise<string> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const dir = await mkdtemp(join(tmpdir(), 'sandbox-jar-'));
  const path = join(dir, 'support-bundle-jira-dc-0.1.0.jar');
  await writeFile(path, bytes);
  return path;
}
