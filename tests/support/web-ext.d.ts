// web-ext ships no types; the tests use its linter only.
declare module 'web-ext' {
  interface LintResult {
    errors: { code: string; file: string; message: string }[];
    warnings: { code: string; file: string; message: string }[];
  }
  const webExt: {
    cmd: {
      lint(
        options: { sourceDir: string; output: 'json' | 'text' | 'none'; selfHosted: boolean },
        settings: { shouldExitProgram: boolean },
      ): Promise<LintResult>;
    };
  };
  export default webExt;
}
