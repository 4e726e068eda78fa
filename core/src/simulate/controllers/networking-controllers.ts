/**
 * The networking and storage controllers of the simulated control plane: EndpointSlices for Services, and the
 * PersistentVolume controller's claim and volume sides. (Service ClusterIPs and node ports are the API server's
 * allocation at create time, `allocateService`, not a controller.)
 */
import type { Controller } from '../types.js';
import { endpointSliceController } from './endpoint-slices.js';
import { persistentVolumeController } from './pv-phase.js';
import { volumeBindingController } from './volume-binding.js';

export const networkingControllers: readonly Controller[] = [endpointSliceController, volumeBindingController, persistentVolumeController];
