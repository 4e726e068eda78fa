/**
 * One ajv instance per registry: built-in models are added on first use (a kind pulls in the models it
 * refers to) and compiled once; validators of different kinds share the compiled functions of common models
 * (PodSpec, ObjectMeta...). Compilation happens lazily, per kind, the first time an object of that kind is
 * validated.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { InternalError } from '../errors.js';
import { ENUM_INDEX } from './enum-fields.js';
import { goRegExp } from './go-regexp.js';
import { addK8sFormatKeyword } from './k8s-formats.js';
import { fieldRefs, modelJsonSchema, type JsonSchema } from './model-schema.js';
import type { ModelDef } from './schema-data.js';

export class SchemaCompiler {
  private readonly ajv: Ajv;
  private readonly added = new Set<string>();

  constructor(private readonly models: Readonly<Record<string, ModelDef>>) {
    this.ajv = new Ajv({
      allErrors: true,
      // Errors carry the failing schema and value: messages are built from them, only on failure.
      verbose: true,
      strict: false,
      validateSchema: false,
      validateFormats: false,
      addUsedSchema: false,
      // ajv's optimisation pass does not make these validators measurably faster but nearly doubles compile time.
      code: { optimize: false, regExp: goRegExp },
    });
    addK8sFormatKeyword(this.ajv);
  }

  /** The compiled validator of a built-in model. */
  model(name: string): ValidateFunction {
    this.addModels(name);
    const fn = this.ajv.getSchema(name);
    if (fn === undefined) throw new InternalError(`schema model ${name} did not compile`);
    return fn;
  }

  /** Compiles a converted custom-resource schema (it may refer to built-in models such as V1ObjectMeta). */
  custom(schema: JsonSchema): ValidateFunction {
    this.addModels('V1ObjectMeta');
    return this.ajv.compile(schema);
  }

  private addModels(root: string): void {
    const queue = [root];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (this.added.has(name)) continue;
      const model = this.models[name];
      if (model === undefined) throw new InternalError(`schema model ${name} is missing from the generated schema`);
      this.ajv.addSchema(modelJsonSchema(name, model, ENUM_INDEX), name);
      this.added.add(name);
      for (const prop of Object.values(model.properties)) queue.push(...fieldRefs(prop));
    }
  }
}
