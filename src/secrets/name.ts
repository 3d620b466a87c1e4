// A secret's NAME is an identifier, never a path: the same pattern as the schema's secretName definition. The lookup
// joins it to the secrets directory, so a name such as "../id_ed25519" would read any file beside it; the pattern
// admits
// no '/', no '.' and no empty name, so a name is always one file directly inside the directory.
export const SECRET_NAME = /^[A-Z][A-Z0-9_]{0,63}$/;

export const isSecretName = (name: string) => SECRET_NAME.test(name);

export const SECRET_NAME_RULE = "a secret's NAME: A-Z, 0-9 and '_', starting with a letter, at most 64 characters";
