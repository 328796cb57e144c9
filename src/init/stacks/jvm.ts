import type { StackFacts, TestSetup } from '../types.js';
import type { View } from './common.js';

/** Artifact ids of pom.xml and of Gradle dependency notations (`group:artifact:version`). */
function artifacts(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/<artifactId>\s*([\w.-]+)\s*<\/artifactId>/g)) out.add(m[1]!.toLowerCase());
  for (const m of text.matchAll(/['"]([\w.-]+):([\w.-]+)(?::[^'"]*)?['"]/g)) out.add(m[2]!.toLowerCase());
  for (const m of text.matchAll(/id\s*\(?\s*['"]([\w.-]+)['"]/g)) out.add(m[1]!.toLowerCase());
  return out;
}

const JACOCO_NOTE = 'JaCoCo XML is not a coverage format the gate reads (lcov, Cobertura, Istanbul)';

export function detectJava(v: View): StackFacts | undefined {
  const gradleFile = ['build.gradle.kts', 'build.gradle'].find((f) => v.has(f));
  const maven = v.has('pom.xml');
  if (!maven && !gradleFile) return undefined;
  const text = [v.text('pom.xml') ?? '', gradleFile ? (v.text(gradleFile) ?? '') : ''].join('\n');
  const deps = artifacts(text);
  const spring =
    deps.has('spring-boot-starter-web') ||
    deps.has('spring-boot-starter-webflux') ||
    deps.has('org.springframework.boot');
  // Reports of every module: a multi-module build writes one folder per module.
  const test: TestSetup = maven
    ? {
        runner: 'maven surefire',
        run: `${v.has('mvnw') ? './mvnw' : 'mvn'} --batch-mode --no-transfer-progress test`,
        junit: '**/target/surefire-reports/TEST-*.xml',
        notes: deps.has('jacoco-maven-plugin') ? [JACOCO_NOTE] : [],
      }
    : {
        runner: 'gradle test',
        run: `${v.has('gradlew') ? './gradlew' : 'gradle'} test`,
        junit: '**/build/test-results/test/TEST-*.xml',
        notes: deps.has('jacoco') ? [JACOCO_NOTE] : [],
      };
  return {
    stack: 'java',
    manager: maven ? 'maven' : 'gradle',
    files: maven ? ['pom.xml'] : [gradleFile!],
    frameworks: spring ? ['spring'] : [],
    dependencies: deps,
    test,
    unreadDependencyFiles: maven ? ['pom.xml'] : [gradleFile!],
  };
}
