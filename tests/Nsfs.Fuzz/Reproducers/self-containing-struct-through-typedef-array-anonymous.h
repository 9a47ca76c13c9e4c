typedef struct fz fz_t;
struct fz { int x; struct { fz_t inner[2]; }; };
#include <linux/ioctl.h>
#define FZ _IOR(1,2,struct fz)
