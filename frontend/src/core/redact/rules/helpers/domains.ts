/**
 * Which names are host names, and which host names are public vendors' (kept: they tell
 * support which library or service is involved and identify no customer).
 */

/**
 * Top-level domains that count in free text. TLDs that are also file extensions or common
 * property-name endings (`.sh`, `.py`, `.md`, `.rs`, `.so`, `.zip`, `.id`, `.home`, `.is`)
 * are left out on purpose: learned host names are swept whatever their TLD.
 */
export const HOST_TLDS = [
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'int',
  'info',
  'biz',
  'io',
  'co',
  'me',
  'app',
  'dev',
  'cloud',
  'tech',
  'online',
  'site',
  'eu',
  'uk',
  'de',
  'fr',
  'nl',
  'be',
  'ch',
  'at',
  'it',
  'es',
  'pt',
  'ie',
  'se',
  'no',
  'dk',
  'fi',
  'pl',
  'cz',
  'sk',
  'hu',
  'ro',
  'bg',
  'gr',
  'tr',
  'ru',
  'ua',
  'by',
  'lt',
  'lv',
  'ee',
  'si',
  'hr',
  'il',
  'ae',
  'sa',
  'za',
  'ng',
  'ke',
  'eg',
  'in',
  'cn',
  'jp',
  'kr',
  'tw',
  'hk',
  'sg',
  'my',
  'th',
  'vn',
  'ph',
  'au',
  'nz',
  'ca',
  'us',
  'mx',
  'br',
  'ar',
  'cl',
  'pe',
  'lu',
  'li',
  // Private and reserved names seen on intranets and in fixtures.
  'local',
  'localdomain',
  'lan',
  'corp',
  'internal',
  'intranet',
  'intra',
  'private',
  'test',
  'example',
];

/** Public domains kept as they are, with every sub-domain (`marketplace.atlassian.com`). */
export const KEPT_DOMAINS = [
  'atlassian.com',
  'atlassian.io',
  'atl-paas.net',
  'vilisoft.com',
  'apache.org',
  'oracle.com',
  'java.com',
  'java.net',
  'openjdk.org',
  'postgresql.org',
  'mysql.com',
  'mariadb.org',
  'microsoft.com',
  'w3.org',
  'xml.org',
  'sun.com',
  'jboss.org',
  'springframework.org',
  'spring.io',
  'eclipse.org',
  'hibernate.org',
  'ehcache.org',
  'codehaus.org',
  'sonatype.org',
  'maven.org',
  'mozilla.org',
  'json-schema.org',
  'github.com',
  'githubusercontent.com',
  'google.com',
  'googleapis.com',
  'gstatic.com',
  'jquery.com',
  'gravatar.com',
  'amazonaws.com',
  'docker.com',
  'docker.io',
  'adoptium.net',
  'azul.com',
  'redhat.com',
  'ubuntu.com',
  'debian.org',
  'centos.org',
  'python.org',
  'nodejs.org',
  'npmjs.org',
  'npmjs.com',
  'slf4j.org',
  'qos.ch',
  'logback.qos.ch',
  'osgi.org',
  'felix.apache.org',
  'gradle.org',
  'jetbrains.com',
  'elastic.co',
  'opensearch.org',
  'tomcat.apache.org',
  'jcp.org',
  'openssl.org',
  'letsencrypt.org',
  'digicert.com',
  'sentry.io',
  'newrelic.com',
  'appdynamics.com',
  'dynatrace.com',
  'okta.com',
  'duosecurity.com',
  'kubernetes.io',
  'k8s.io',
  'x-k8s.io',
  'helm.sh',
];

/**
 * Kept domains whose sub-domains are their customers' (`acme.okta.com`, an RDS instance, an S3
 * bucket): a name there is kept only when every label before the domain is the vendor's own
 * (a service or a region: `s3.eu-west-1.amazonaws.com`, `login.okta.com`).
 */
const TENANT_DOMAINS = new Set(['amazonaws.com', 'okta.com']);
const VENDOR_LABEL =
  /^(?:www|login|help|support|developer|s3|s3-accelerate|s3-website|dualstack|sts|iam|ec2|rds|elb|sqs|sns|kms|ssm|logs|monitoring|secretsmanager|dynamodb|elasticache|es|lambda|execute-api|compute|compute-1|[a-z]{2}(?:-gov)?-[a-z]+-\d|s3-[a-z]{2}-[a-z]+-\d)$/;

/** Names kept as they are: they identify nobody. */
/**
 * Loopback, and the service names every container example gives a database (`postgres`, `db`)
 * or Jira itself: they say how Jira is deployed and nothing about whose it is.
 */
const KEPT_NAMES = new Set([
  'localhost',
  'localhost.localdomain',
  'ip6-localhost',
  'ip6-loopback',
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'oracle',
  'mssql',
  'sqlserver',
  'db',
  'database',
  'jira',
]);

const KEPT_DOMAIN_SET = new Set(KEPT_DOMAINS);

export function isKeptHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (KEPT_NAMES.has(h) || h.endsWith('.invalid')) return true;
  // The name itself or any parent domain (`a.b.atlassian.com` → `b.atlassian.com`, `atlassian.com`).
  for (let dot = -1; ;) {
    const domain = h.slice(dot + 1);
    if (KEPT_DOMAIN_SET.has(domain)) {
      if (dot < 0 || !TENANT_DOMAINS.has(domain)) return true;
      return h.slice(0, dot).split('.').every(isVendorLabel);
    }
    dot = h.indexOf('.', dot + 1);
    if (dot < 0) return false;
  }
}

function isVendorLabel(label: string): boolean {
  return VENDOR_LABEL.test(label);
}

/**
 * First labels of Java package names (`com.atlassian.jira`, `org.apache.catalina`): a
 * dotted name starting with one of these is code, not a host.
 */
export const JAVA_PACKAGE_ROOTS = new Set([
  'com',
  'org',
  'net',
  'io',
  'java',
  'javax',
  'jakarta',
  'sun',
  'jdk',
  'edu',
  'de',
  'uk',
  'fr',
  'nl',
  'ch',
  'be',
  'at',
  'it',
  'es',
  'ru',
  'cz',
  'pl',
  'se',
  'dk',
  'no',
  'fi',
  'au',
  'c',
  'o',
  'n',
  'j',
  'i',
  'org2',
  'webwork',
  'electric',
  'scala',
  'kotlin',
  'groovy',
]);
