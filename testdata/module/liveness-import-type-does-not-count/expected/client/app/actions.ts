export {};
//# sourceMappingURL=actions.ts.map
