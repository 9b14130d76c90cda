// Web-items that Jira silently drops: the admin would never find the screen.
import type { Problem } from './problem.ts';
import type { XmlElement } from './xml-tree.ts';

function webItems(plugin: XmlElement): XmlElement[] {
  return plugin.children.filter((child) => child.name === 'web-item');
}

/** A web-item's `section` must be `parent/section`: a third level makes the item vanish. */
export function checkWebItemSections(plugin: XmlElement): Problem[] {
  return webItems(plugin).flatMap((item) => {
    const section = item.attributes.section ?? '';
    const parts = section.split('/');
    if (parts.length === 2 && parts.every((part) => part.trim() !== '')) return [];
    return [
      {
        problem: `web-item "${item.attributes.key ?? '?'}" has section="${section}", which is not two parts.`,
        fix: 'Use section="<location of the web-section>/<key of the web-section>", e.g. admin_plugins_menu/vilisoft-support-section.',
      },
    ];
  });
}

/** Jira prefixes a web-item link with the context path, so it must start with `/`. */
export function checkWebItemLinks(plugin: XmlElement): Problem[] {
  return webItems(plugin).flatMap((item) => {
    const link = item.children.find((child) => child.name === 'link');
    const href = link?.text.trim() ?? '';
    if (href.startsWith('/')) return [];
    return [
      {
        problem: `web-item "${item.attributes.key ?? '?'}" links to "${href}", which does not start with "/".`,
        fix: 'Write the link relative to Jira\'s context path, starting with "/", e.g. /secure/admin/ViewSystemInfo.jspa#vilisoft-support-bundle.',
      },
    ];
  });
}
