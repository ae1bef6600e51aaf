var names = ["at", "charAt", "charCodeAt", "codePointAt", "concat", "endsWith", "includes", "indexOf", "lastIndexOf",
  "localeCompare", "match", "matchAll", "normalize", "padEnd", "padStart", "repeat", "replace", "replaceAll", "search",
  "slice", "split", "startsWith", "substring", "substr", "toLowerCase", "toUpperCase", "trim", "trimStart", "trimEnd",
  "toString", "valueOf"];
println(names.map(n => n + ":" + String.prototype[n].length).join(" "));
println(names.every(n => String.prototype[n].name === n));
println(names.every(n => !Object.getOwnPropertyDescriptor(String.prototype, n).enumerable));
println(Object.getOwnPropertyDescriptor(String, "prototype").writable, String.fromCharCode.name, String.raw.name);
