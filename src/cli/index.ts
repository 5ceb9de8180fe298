#!/usr/bin/env node
// The `cybersource-jpo` command: the demo (the README's main job), a mock server for other
// projects' tests, and the SDK's operations (authorize, capture, reverse, reverse-timed-out)
// against the embedded mock, a running one (--url) or Cybersource's sandbox (--live).
import { main } from "./main.js";

main(process.argv.slice(2), process.env).then((code) => {
  process.exitCode = code;
});
