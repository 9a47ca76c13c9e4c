// The base-library namespaces nearly every file of the front end uses. ImplicitUsings stays off
// because its set brings System.IO and System.Net.Http, which code loaded inside the compiler must
// not reach for; the namespaces of this project stay explicit in each file, since they are its
// folder dependencies (FolderDependencyTests).
global using System;
global using System.Collections.Generic;
global using System.Linq;
