/**
 * What is wrong with the public address a build for publishing is given
 * (`ARCHIV_URL`), or undefined when it will do: the site's canonical links,
 * feeds, sitemap and citations are written with it.
 */
export function publishAddressProblem(address: string | undefined): string | undefined {
  if (address === undefined || address.trim() === '')
    return 'a build for publishing needs ARCHIV_URL, the address the site is published at';
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `ARCHIV_URL is no address: ${JSON.stringify(address)}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `ARCHIV_URL must be an http(s) address, not ${JSON.stringify(address)}`;
  if (/^(localhost|127\.|0\.0\.0\.0|\[::1\])/.test(url.hostname))
    return `ARCHIV_URL names this machine (${url.host}), not the address readers use`;
  return undefined;
}
