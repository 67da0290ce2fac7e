// A real SMPP 3.4 server (SMSC) for the tests of the SMS channel, on the npm package smpp 0.5.1.
// Usage: node smsc.js '<json behaviour>'  — prints {"event":"listening","port":N} first, then one JSON line per
// event (bind, submit, drop, throttle, receipt). Behaviour (all optional):
//   port            listen port (0 = any free port)
//   systemId/password  the only credentials accepted (ESME_RBINDFAIL otherwise)
//   throttleFirst   answer the first N submit_sm with ESME_RTHROTTLED (0x58)
//   dropAtSubmit    close the link when the Nth submit_sm arrives, before accepting it (once)
//   receipts        send a deliver_sm delivery receipt after each accepted submit_sm
'use strict';
const smpp = require('smpp');

const behaviour = Object.assign({ port: 0, systemId: 'laichau', password: 'secret', throttleFirst: 0, dropAtSubmit: 0, receipts: false },
  JSON.parse(process.argv[2] || '{}'));
let submits = 0;
let throttled = 0;
let dropped = false;
let nextId = 1000;

function log(event) {
  process.stdout.write(JSON.stringify(event) + '\n');
}

function text(pdu) {
  const m = pdu.short_message;
  if (m && typeof m === 'object' && 'message' in m) {
    return { text: typeof m.message === 'string' ? m.message : Buffer.from(m.message).toString('hex'), udh: (m.udh || []).map(u => Buffer.from(u).toString('hex')) };
  }
  return { text: String(m || ''), udh: [] };
}

const server = smpp.createServer((session) => {
  session.on('error', () => {});
  session.on('bind_transceiver', (pdu) => {
    const ok = pdu.system_id === behaviour.systemId && pdu.password === behaviour.password;
    log({ event: 'bind', systemId: pdu.system_id, ok });
    session.send(pdu.response({ command_status: ok ? 0 : smpp.ESME_RBINDFAIL, system_id: 'test-smsc' }));
    if (!ok) session.close();
  });
  session.on('enquire_link', (pdu) => {
    log({ event: 'enquire_link' });
    session.send(pdu.response());
  });
  session.on('unbind', (pdu) => {
    session.send(pdu.response());
    session.close();
  });
  session.on('submit_sm', (pdu) => {
    submits++;
    if (!dropped && behaviour.dropAtSubmit && submits === behaviour.dropAtSubmit) {
      dropped = true;
      log({ event: 'drop', at: submits });
      session.socket.destroy();
      return;
    }
    if (throttled < behaviour.throttleFirst) {
      throttled++;
      log({ event: 'throttle' });
      session.send(pdu.response({ command_status: smpp.ESME_RTHROTTLED }));
      return;
    }
    const id = String(nextId++);
    const { text: body, udh } = text(pdu);
    log({
      event: 'submit', id, source: pdu.source_addr, destination: pdu.destination_addr, dataCoding: pdu.data_coding,
      esmClass: pdu.esm_class, udh, text: body, reference: pdu.user_message_reference ?? null,
      registered: pdu.registered_delivery,
    });
    session.send(pdu.response({ message_id: id }));
    if (behaviour.receipts) {
      const receipt = `id:${id} sub:001 dlvrd:001 submit date:2612071200 done date:2612071201 stat:DELIVRD err:000 text:`;
      session.send(new smpp.PDU('deliver_sm', {
        source_addr: pdu.destination_addr, destination_addr: pdu.source_addr, esm_class: 0x04,
        short_message: receipt, receipted_message_id: id, message_state: 2,
      }), () => log({ event: 'receipt', id }));
    }
  });
});

server.listen(behaviour.port, '127.0.0.1', () => log({ event: 'listening', port: server.address().port }));
process.stdin.on('end', () => process.exit(0)); // the test closes stdin (or kills us) when it is done
process.stdin.resume();
