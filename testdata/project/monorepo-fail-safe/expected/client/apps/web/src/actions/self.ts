export {};
//# sourceMappingURL=self.ts.map
