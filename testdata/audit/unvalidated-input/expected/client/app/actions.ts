import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const throughProjectValidator = /*#__PURE__*/ createServerReference("z6gLUTvaVyN1coSlhL7xCuJSCaE4G4i2PUtO1mI8Gd1pVdzcvfbaVyhJsPm4j6Cq9BDKs4KsOmdHuQ", callServer, undefined, findSourceMapURL, "throughProjectValidator");
export const unusedParameter = /*#__PURE__*/ createServerReference("z6gLnzcsBplxiPVWdpoQQ4lN6PN6Je4GH1dLkF2k1qfsfdCPzgH548vDdNHEPFkA3Bo", callServer, undefined, findSourceMapURL, "unusedParameter");
export const unvalidatedFields = /*#__PURE__*/ createServerReference("z6gLrrokPVOptShiKPdS463cmIQfR9Zwx5lCAXebC0i1zjroVe9XaPQRe-zfPBiTE4XHWA", callServer, undefined, findSourceMapURL, "unvalidatedFields");
export const unvalidatedId = /*#__PURE__*/ createServerReference("z6gLfQ9SHZdvflzm10IO3UWv1L6oe2cNcbSE15CNR-cb4Mh4WkSv3XEQ3J0nBM-C", callServer, undefined, findSourceMapURL, "unvalidatedId");
export const withCoercion = /*#__PURE__*/ createServerReference("z6gL1Km6ABqW19QmQem7BcDwPj26kcSdI3xD0aTmRhJapYOCu9n9BoqdP8p4haA", callServer, undefined, findSourceMapURL, "withCoercion");
export const withConform = /*#__PURE__*/ createServerReference("z6gLlABUnqTXdT8Ghus3rDwyEKYDoZI4iHIbuA7ZVkOUb0Jh2VEIwBrMA9nb_A", callServer, undefined, findSourceMapURL, "withConform");
export const withSafeParseOfFormData = /*#__PURE__*/ createServerReference("z6gLbUV_hUolxzeYjj2ft-HZPO6bdJz_tOG50Q5H1pjweIZdo5wrSdtqHPtGbCpDjVq2n4wTNaujYQ", callServer, undefined, findSourceMapURL, "withSafeParseOfFormData");
export const withSchemaStep = /*#__PURE__*/ createServerReference("z6gLtU3SY6egwN3smZuv0i8Zc6YoTtR88eMlYwyhx-qcAh8Ta5awLdEl11BiYXpoAA", callServer, undefined, findSourceMapURL, "withSchemaStep");
export const withTypeof = /*#__PURE__*/ createServerReference("z6gLD5LkNZVZvRKldXhoql7kgTZXYsLidwNvzHpn31ObsddBaOfwFcxgD0eb", callServer, undefined, findSourceMapURL, "withTypeof");
export const withValibot = /*#__PURE__*/ createServerReference("z6gL7r0lVKCXG9b12Z0PTKmo28dpEDbcTq_iN3t6XrXxOlhEg4QifE6vmsDMsw", callServer, undefined, findSourceMapURL, "withValibot");
export const withZod = /*#__PURE__*/ createServerReference("z6gL0aiy5sjHNpfS4Br_zWROQmmHzUG5jBLWhjUSh1csDInmGmnY0vzP", callServer, undefined, findSourceMapURL, "withZod");
export const withoutSchemaStep = /*#__PURE__*/ createServerReference("z6gLEqFBNbIZJRy5yxf1LXQg5GMaAUI4tVHouvfR_2NzLRiFJPFCOP8fhhRDLd88wB_Axw", callServer, undefined, findSourceMapURL, "withoutSchemaStep");
//# sourceMappingURL=actions.ts.map
