/* A predefined macro (__linux expands to 1) where a member type is expected: the error must stand
 * where the macro is used, not in the <built-in> text that defines it (the fuzzer found it). */
struct{__linux