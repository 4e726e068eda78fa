/** `.kubeplan.yaml`: finding it, reading it (positioned `config-invalid` problems) and merging it with flags. */
export { CONFIG_FILE_NAMES, CONFIG_INVALID_RULE, PRESETS, emptyConfig, type ConfiguredRule, type KubeplanConfig, type PresetName, type RuleCatalogEntry } from './config.js';
export { CONFIG_SCHEMA_FILE, compileConfigSchema, readConfigSchema } from './config-schema.js';
export { configSearchStarts, findConfigFile, type ConfigFs } from './find-config.js';
export { parseConfig, type ConfigLoadResult } from './parse-config.js';
export { resolveSettings, type ResolvedSettings, type SettingFlags } from './resolve-settings.js';
export { ruleCatalog } from './rule-catalog.js';
