import { z } from 'zod';

/**
 * Building blocks of the response schemas. Every response is a strict object (no field leaves the server
 * by accident), timestamps are ISO strings, dates are YYYY-MM-DD. The named schemas are registered with an
 * id, so the OpenAPI document describes them once as components and the web's types are generated from it.
 */
export const Timestamp = z.iso.datetime();
export const Day = z.iso.date();
export const Id = z.uuid();
export const Code = z.string();

/** A named response schema: registered under its id for the OpenAPI components. */
export function named<T extends z.ZodType>(id: string, schema: T): T {
  return schema.meta({ id });
}
