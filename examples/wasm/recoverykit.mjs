// recoverykit.mjs: the recoverykit library, built to WebAssembly, for
// JavaScript in a browser or in Node.js.
//
// Load Go's wasm_exec.js first (it defines globalThis.Go; it ships with Go in
// $(go env GOROOT)/lib/wasm/), then:
//
//   import { load } from './recoverykit.mjs';
//   const rk = await load(fetch('recoverykit.wasm'));      // browser
//   const rk = await load(await readFile('recoverykit.wasm')); // Node.js
//   rk.validate(plan, 'es').problems // [{path, pointer, rule, param, message}]
//
// Every function returns an object with ok; a failure has error or, for a
// plan, problems. Offsets of findings are given in UTF-8 bytes (start, end)
// and in UTF-16 code units (start16, end16): text.slice(f.start16, f.end16)
// is the phrase found.

const json = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

export async function load(source) {
  if (typeof globalThis.Go !== 'function') {
    throw new Error('recoverykit: load wasm_exec.js (from Go) before recoverykit.mjs');
  }
  const go = new globalThis.Go();
  const src = await source;
  const { instance } =
    typeof Response !== 'undefined' && src instanceof Response
      ? await WebAssembly.instantiateStreaming(src, go.importObject)
      : await WebAssembly.instantiate(src, go.importObject);
  go.run(instance); // runs until the page or process ends
  const k = globalThis.recoverykit;
  const call = (name, ...args) => JSON.parse(k[name](...args));
  return {
    // validate decodes and validates a plan (an object or JSON text).
    validate: (plan, lang = 'en') => call('validate', json(plan), lang),
    // smartCheck checks one goal against the SMART criteria at a time.
    smartCheck: (goal, at = new Date().toISOString(), lang = 'en') =>
      call('smartCheck', json(goal), typeof at === 'string' ? at : at.toISOString(), lang),
    // analyzeText finds actions, amounts, time limits and vague wording in
    // English or Spanish (lang, a BCP 47 tag).
    analyzeText: (text, at = new Date().toISOString(), lang = 'en') =>
      call('analyzeText', text, typeof at === 'string' ? at : at.toISOString(), lang),
    // checkLanguage finds, in what a team wrote, wording a person-first
    // guide suggests changing, in English or Spanish (lang).
    checkLanguage: (text, lang = 'en') => call('checkLanguage', text, lang),
    // card returns the plan's pocket cards as a self-contained HTML page.
    card: (plan, lang = 'en') => call('card', json(plan), lang),
    // vocabulary returns one enum's codes, labels and help.
    vocabulary: (name, lang = 'en') => call('vocabulary', name, lang),
    // schema returns the plan's JSON Schema (draft 2020-12).
    schema: () => call('schema'),
  };
}
