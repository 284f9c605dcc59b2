/** A module downloaded once, on demand: `load()` starts it, `module` is it once here. */
export interface LazyModule<M> {
  /** The module, once loaded. */
  readonly module: M | undefined;
  /** Loads the module; undefined once it is here. A failed download is tried again at the next call. */
  load(): Promise<void> | undefined;
}

export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let module: M | undefined;
  let loading: Promise<void> | undefined;
  return {
    get module() {
      return module;
    },
    load() {
      if (module) return undefined;
      return (loading ??= importer().then(
        (m) => {
          module = m;
        },
        (e: unknown) => {
          loading = undefined;
          throw e;
        },
      ));
    },
  };
}
