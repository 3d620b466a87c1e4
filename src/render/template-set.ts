/** Template files by name (templates/<app>/...), as read from the repository. */
export type TemplateSet = Readonly<Record<string, string>>;
