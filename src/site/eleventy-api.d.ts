/** The part of Eleventy 3's programmatic API this site uses (Eleventy ships no type declarations). */
declare module '@11ty/eleventy' {
  export interface VirtualTemplate<Data> {
    data: Record<string, unknown>;
    render(this: unknown, data: Data): string;
  }

  export interface UserConfig {
    addGlobalData(name: string, value: unknown): void;
    addTemplate<Data>(virtualPath: string, template: VirtualTemplate<Data>): void;
    addPassthroughCopy(paths: Record<string, string> | string): void;
    setTemplateFormats(formats: string[]): void;
    setQuietMode(quiet: boolean): void;
  }

  export interface EleventyOptions {
    configPath?: string | false;
    quietMode?: boolean;
    config?: (config: UserConfig) => void;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
    /** silence the console output (errors are still thrown) */
    disableLogger(): void;
  }
}
