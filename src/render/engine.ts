import { Liquid } from 'liquidjs';
import { ESCAPERS, RenderError, systemdShellCommand, type Format } from './escape.js';

const engines = new Map<Format, Liquid>();

/** One engine per format: strict variables and filters, and that format's escaper on every output. */
function engineFor(format: Format): Liquid {
  let engine = engines.get(format);
  if (!engine) {
    const escape = ESCAPERS[format];
    engine = new Liquid({
      strictVariables: true,
      strictFilters: true,
      ownPropertyOnly: true,
      outputEscape: (v: unknown) => (v instanceof Raw ? v.text : escape(String(v))),
    });
    // `| raw` only for values slotflip itself built for this format (e.g. exec_start); never for operator input.
    engine.registerFilter('exec_start', (v: unknown) => new Raw(systemdShellCommand(String(v))));
    // An environment variable's name (a preset's VIKUNJA_MAILER_PASSWORD), checked so it cannot carry anything else.
    engine.registerFilter('env_name', (v: unknown) => {
      if (!/^[A-Z_][A-Z0-9_]*$/.test(String(v)))
        throw new RenderError(`${JSON.stringify(String(v))} is not an environment variable name`);
      return new Raw(String(v));
    });
    engines.set(format, engine);
  }
  return engine;
}

class Raw {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/**
 * Renders a template's text; an undefined variable, an unknown filter or an unsafe value is a RenderError naming the
 * template.
 */
export function renderText(name: string, source: string, format: Format, context: Record<string, unknown>): string {
  try {
    return engineFor(format).parseAndRenderSync(source, context) as string;
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new RenderError(`${name}: ${why}`);
  }
}
