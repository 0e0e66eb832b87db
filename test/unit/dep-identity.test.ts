// Dependency identity: the version rule on Falco's real file names, URLs and git tags, and the purls
// that name a download or a clone (pkg:github for GitHub, pkg:generic with the URL otherwise).
import { PackageURL } from 'packageurl-js';
import { describe, expect, it } from 'vitest';
import { VERSION_RULE, downloadPurl, gitPurl, versionOf } from '../../src/planning/dep-identity.js';

describe('versionOf', () => {
  it.each([
    // Letters, then _-separated numbers.
    ['OpenSSL_1_1_1t', '1.1.1t'],
    ['OpenSSL_1_1_1t.tar.gz', '1.1.1t'],
    ['curl-8_0_1', '8.0.1'],
    ['boost_1_75_0.tar.bz2', '1.75.0'],
    // The first dotted number run.
    ['v0.13.1', '0.13.1'],
    ['c-ares-1.19.1', '1.19.1'],
    ['c-ares-1.19.1.tar.gz', '1.19.1'],
    ['curl-8.0.1.tar.bz2', '8.0.1'],
    ['elfutils-0.187', '0.187'],
    ['elfutils-0.187.tar.bz2', '0.187'],
    ['falcoctl_0.5.1_linux_amd64', '0.5.1'],
    ['k8saudit-0.6.1-x86_64', '0.6.1'],
    ['k8saudit-0.6.1-x86_64.tar.gz', '0.6.1'],
    ['container-0.4.1-aarch64', '0.4.1'],
    ['yaml-cpp-0.7.0', '0.7.0'],
    ['1.9.5', '1.9.5'],
    ['v2022.0.0', '2022.0.0'],
    ['libelf-0.8.0', '0.8.0'],
    ['falco-rules-1.0.1.tar.gz', '1.0.1'],
    ['v3.11.2.tar.gz', '3.11.2'],
    ['0.11.3.tar.gz', '0.11.3'],
    ['1.1.1t', '1.1.1t'],
    ['5.0.1+driver', '5.0.1+driver'],
    ['5.0.1+driver.tar.gz', '5.0.1+driver'],
    ['protobuf-3.20.0-rc1', '3.20.0-rc1'],
    ['v1.2.3-beta.2-linux', '1.2.3-beta.2'],
    ['v1.2.3-alpha', '1.2.3-alpha'],
    ['tool-1.2.3-x86_64.zip', '1.2.3'],
    // A date.
    ['2022-06-01.tar.gz', '2022-06-01'],
    ['re2-2022-06-01', '2022-06-01'],
    // Git tags.
    ['v1.44.0', '1.44.0'],
    ['20211102.0', '20211102.0'],
  ])('%s -> %s', (name, version) => {
    expect(versionOf(name)).toBe(version);
  });

  it.each([
    'uthash.h',
    'base64.h',
    'master.tar.gz',
    'main',
    'e0bd9d5dc68ec3a00fe9a3c5e81c98946449a20d.tar.gz',
    'json.tar.xz',
    '',
    'v5',
    'x1.2.3',
  ])('%s has no version', (name) => {
    expect(versionOf(name)).toBeUndefined();
  });

  it.each([
    ['https://github.com/openssl/openssl/archive/OpenSSL_1_1_1t.tar.gz', '1.1.1t'],
    ['https://download.falco.org/falcoctl/0.5.1/falcoctl_0.5.1_linux_amd64.tar.gz', '0.5.1'],
    ['https://github.com/falcosecurity/libs/archive/0.11.3.tar.gz', '0.11.3'],
    ['https://github.com/curl/curl/releases/download/curl-8_0_1/curl-8.0.1.tar.bz2', '8.0.1'],
    ['https://github.com/c-ares/c-ares/releases/download/cares-1_19_1/c-ares-1.19.1.tar.gz', '1.19.1'],
    ['https://github.com/google/re2/archive/2022-06-01.tar.gz', '2022-06-01'],
    ['https://github.com/nlohmann/json/archive/v3.11.2.tar.gz', '3.11.2'],
    ['https://github.com/falcosecurity/libs/archive/5.0.1%2Bdriver.tar.gz', '5.0.1+driver'],
    ['https://download.falco.org/plugins/stable/k8saudit-0.6.1-x86_64.tar.gz?raw=1#top', '0.6.1'],
    ['https://codeload.github.com/jbeder/yaml-cpp/tar.gz/yaml-cpp-0.7.0/', '0.7.0'],
    ['http://127.0.0.1:1/istio-proxy/base64.h', undefined],
    ['https://raw.githubusercontent.com/troydhanson/uthash/v2.3.0/src/uthash.h', undefined],
    ['https://github.com/x/y/archive/refs/heads/master.tar.gz', undefined],
  ])('reads the last segment of %s', (url, version) => {
    expect(versionOf(url)).toBe(version);
  });

  it('is described for the README with its examples', () => {
    for (const word of [
      'last path segment',
      'OpenSSL_1_1_1t',
      '1.1.1t',
      '5.0.1+driver',
      'k8saudit-0.6.1-x86_64',
      'YYYY-MM-DD',
      'no version',
    ]) {
      expect(VERSION_RULE).toContain(word);
    }
  });
});

/** A purl's parts, decoded, so that the assertions do not depend on how qualifiers are percent-encoded. */
function parts(purl: string): Record<string, unknown> {
  const p = PackageURL.fromString(purl);
  return { type: p.type, namespace: p.namespace, name: p.name, version: p.version, qualifiers: p.qualifiers };
}

describe('downloadPurl', () => {
  it.each([
    ['https://github.com/openssl/openssl/archive/OpenSSL_1_1_1t.tar.gz', 'pkg:github/openssl/openssl@OpenSSL_1_1_1t'],
    ['https://github.com/falcosecurity/libs/archive/0.11.3.tar.gz', 'pkg:github/falcosecurity/libs@0.11.3'],
    ['https://github.com/falcosecurity/libs/archive/refs/tags/0.11.3.tar.gz', 'pkg:github/falcosecurity/libs@0.11.3'],
    ['https://github.com/falcosecurity/libs/archive/refs/heads/master.zip', 'pkg:github/falcosecurity/libs@master'],
    ['https://github.com/curl/curl/releases/download/curl-8_0_1/curl-8.0.1.tar.bz2', 'pkg:github/curl/curl@curl-8_0_1'],
    ['https://github.com/nlohmann/json/archive/v3.11.2.tar.gz', 'pkg:github/nlohmann/json@v3.11.2'],
    ['https://codeload.github.com/google/re2/tar.gz/2022-06-01', 'pkg:github/google/re2@2022-06-01'],
    ['https://codeload.github.com/google/re2/zip/refs/tags/2022-06-01', 'pkg:github/google/re2@2022-06-01'],
    ['https://github.com/Tencent/RapidJSON/archive/v1.1.0.tar.gz', 'pkg:github/tencent/rapidjson@v1.1.0'],
  ])('%s is %s', (url, purl) => {
    expect(downloadPurl('ignored', 'ignored', url)).toBe(purl);
  });

  it('keeps a tag with a + as the purl spec encodes it', () => {
    const purl = downloadPurl('driver', '5.0.1+driver', 'https://github.com/falcosecurity/libs/archive/5.0.1%2Bdriver.tar.gz');
    expect(parts(purl)).toMatchObject({ type: 'github', namespace: 'falcosecurity', name: 'libs', version: '5.0.1+driver' });
  });

  it.each([
    ['falcoctl', '0.5.1', 'https://download.falco.org/falcoctl/0.5.1/falcoctl_0.5.1_linux_amd64.tar.gz'],
    ['curl', '8.0.1', 'http://127.0.0.1:34009/curl/curl-8.0.1.tar.bz2'],
    ['libs', '0.11.3', 'https://github.example.com/falcosecurity/libs/archive/0.11.3.tar.gz'],
    ['libs', '0.11.3', 'https://acme.ghe.com/falcosecurity/libs/archive/0.11.3.tar.gz'],
    ['uthash', undefined, 'https://raw.githubusercontent.com/troydhanson/uthash/v2.3.0/src/uthash.h'],
    ['x', undefined, 'https://github.com/o/r/blob/main/x.h'],
    ['x', undefined, 'https://github.com/o/r/archive/'],
  ])('%s from %s is generic with its download URL', (name, version, url) => {
    const purl = downloadPurl(name, version, url);
    expect(purl.startsWith(`pkg:generic/${name}${version ? `@${version}` : ''}?download_url=`)).toBe(true);
    expect(parts(purl)).toEqual({ type: 'generic', namespace: undefined, name, version, qualifiers: { download_url: url } });
  });

  it('is generic without qualifiers when there is no URL', () => {
    expect(downloadPurl('b64', '1.4.1', undefined)).toBe('pkg:generic/b64@1.4.1');
    expect(downloadPurl('uthash', undefined, undefined)).toBe('pkg:generic/uthash');
    expect(downloadPurl('', undefined, undefined)).toBe('pkg:generic/unknown');
  });
});

describe('gitPurl', () => {
  const commit = '8e7915961a949106be9426ccf859cca07e0ba717';

  it.each([
    ['https://github.com/grpc/grpc.git', 'v1.44.0', 'pkg:github/grpc/grpc@v1.44.0'],
    ['https://github.com/grpc/grpc', 'v1.44.0', 'pkg:github/grpc/grpc@v1.44.0'],
    ['https://github.com/gRPC/gRPC.git/', undefined, `pkg:github/grpc/grpc@${commit}`],
    ['git@github.com:grpc/grpc.git', undefined, `pkg:github/grpc/grpc@${commit}`],
    ['ssh://git@github.com/grpc/grpc.git', 'v1.44.0', 'pkg:github/grpc/grpc@v1.44.0'],
  ])('%s (tag %s) is %s', (url, tag, purl) => {
    expect(gitPurl('grpc', '1.44.0', url, commit, tag)).toBe(purl);
  });

  it.each([
    ['http://127.0.0.1:44665/grpc/grpc.git', '1.44.0', `git+http://127.0.0.1:44665/grpc/grpc.git@${commit}`],
    ['https://github.example.com/grpc/grpc.git', undefined, `git+https://github.example.com/grpc/grpc.git@${commit}`],
    ['https://github.com/grpc/grpc/tree/master', undefined, `git+https://github.com/grpc/grpc/tree/master@${commit}`],
    ['git+https://gitlab.com/o/r.git', '1.0', `git+https://gitlab.com/o/r.git@${commit}`],
  ])('%s is generic with its vcs URL', (url, version, vcs) => {
    const purl = gitPurl('grpc', version, url, commit, 'v1.44.0');
    expect(purl.startsWith(`pkg:generic/grpc${version ? `@${version}` : ''}?vcs_url=`)).toBe(true);
    expect(parts(purl)).toEqual({ type: 'generic', namespace: undefined, name: 'grpc', version, qualifiers: { vcs_url: vcs } });
  });
});
