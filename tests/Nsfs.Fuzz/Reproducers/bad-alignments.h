struct z { int a; } __attribute__((aligned(0)));
struct t { int a; } __attribute__((aligned(3)));
struct h { int a; } __attribute__((aligned(0x100000000)));
#define SZ sizeof(struct z)
