// `node --import ./parent-port.mjs`: gives a Node child the `process.parentPort` an Electron utility process has.
process.parentPort = {
  on(event, listener) {
    if (event === 'message') process.on('message', (data) => listener({ data }));
  },
  postMessage(message) {
    process.send(message);
  },
};
