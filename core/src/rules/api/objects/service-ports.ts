/**
 * Service ports: pkg/apis/core/validation/validation.go validateServicePort and the duplicate checks of
 * ValidateService, after SetDefaults_Service (protocol TCP, targetPort = port when unset or 0).
 */
import { protocolOf } from '../../../model/defaults.js';
import { asNumber, objectItems, type Obj } from '../../../model/fields.js';
import { isDns1123Label, isQualifiedName, isValidPortName, isValidPortNum } from '../../../model/names.js';
import { json, type FieldErrors, type Path } from '../field-errors.js';

/** The default --service-node-port-range; clusters may configure another. */
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

function checkPort(errs: FieldErrors, port: Obj, path: Path, requireName: boolean, names: Set<string>): void {
  const name = port.name;
  if (requireName && (name === undefined || name === null || name === '')) errs.required([...path, 'name']);
  else if (typeof name === 'string' && name !== '') {
    for (const msg of isDns1123Label(name)) errs.invalid([...path, 'name'], name, msg);
    if (names.has(name)) errs.duplicate([...path, 'name'], name);
    else names.add(name);
  }
  if (typeof port.port === 'number') for (const msg of isValidPortNum(port.port)) errs.invalid([...path, 'port'], port.port, msg);
  const target = port.targetPort;
  if (typeof target === 'number' && target !== 0) {
    for (const msg of isValidPortNum(target)) errs.invalid([...path, 'targetPort'], target, msg);
  } else if (typeof target === 'string' && target !== '') {
    for (const msg of isValidPortName(target)) errs.invalid([...path, 'targetPort'], target, msg);
  }
  if (typeof port.appProtocol === 'string') {
    for (const msg of isQualifiedName(port.appProtocol)) errs.invalid([...path, 'appProtocol'], port.appProtocol, msg);
  }
}

/** Checks every port of `spec.ports` of a Service of type `type`. */
export function checkServicePorts(errs: FieldErrors, ports: unknown, type: string): void {
  const items = objectItems(ports);
  const names = new Set<string>();
  const seenPorts = new Set<string>();
  const seenNodePorts = new Set<string>();
  for (const { item, index } of items) {
    const path: Path = ['spec', 'ports', index];
    checkPort(errs, item, path, items.length > 1, names);
    const protocol = protocolOf(item);
    const nodePort = asNumber(item.nodePort) ?? 0;
    if (nodePort !== 0) {
      if (type === 'ClusterIP') errs.forbidden([...path, 'nodePort'], "may not be used when `type` is 'ClusterIP'");
      const key = `${protocol}/${nodePort}`;
      if (seenNodePorts.has(key)) errs.duplicate([...path, 'nodePort'], nodePort);
      seenNodePorts.add(key);
      if ((type === 'NodePort' || type === 'LoadBalancer') && (nodePort < NODE_PORT_MIN || nodePort > NODE_PORT_MAX)) {
        errs.invalid(
          [...path, 'nodePort'],
          nodePort,
          `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX} (the default --service-node-port-range; clusters may allow another)`,
          { severity: 'warning' },
        );
      }
    }
    const portNumber = asNumber(item.port);
    if (portNumber === undefined) continue;
    const key = `${protocol}/${portNumber}`;
    if (seenPorts.has(key)) errs.duplicate(path, json({ protocol, port: portNumber }));
    seenPorts.add(key);
  }
}
