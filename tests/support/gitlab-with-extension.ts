import { startGitLab, type SandboxGitLab, type StartOptions } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from './extension';

/** The local GitLab, answering as gitlab.com, and a browser with the built extension pointed at it. */
export async function startGitLabWithExtension(options: StartOptions): Promise<{ gl: SandboxGitLab; browser: ExtensionBrowser }> {
  const gl = await startGitLab(options);
  try {
    const browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
    return { gl, browser };
  } catch (error) {
    await gl.stop();
    throw error;
  }
}

/** Closes the browser (its guard of secrets at rest runs then) and stops the GitLab, whichever was started. */
export async function stopGitLabWithExtension(started: { gl?: SandboxGitLab; browser?: ExtensionBrowser }): Promise<void> {
  try {
    await started.browser?.close();
  } finally {
    await started.gl?.stop();
  }
}
