export declare const DEFAULT_CACHE_DIR: string;
/** The bundle of `entry` as a file URL: the cached one when every file in it is unchanged, else one built now. */
export declare function cachedBundle(entry: string, options?: { cacheDir?: string }): Promise<{ url: string; built: boolean }>;
