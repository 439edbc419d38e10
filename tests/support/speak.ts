// The core's speaker, as the app, the CLI and `serve` always have it: tests that call a schema or a
// core module on its own read the same sentences (English, unless a test chooses a language).
import '../../electron/main/core/i18n/speak';
