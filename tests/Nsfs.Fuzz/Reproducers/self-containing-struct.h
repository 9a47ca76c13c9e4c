struct fz{struct fz a;};
#include <linux/ioctl.h>
#define FZ _IOR(1,2,struct fz)
