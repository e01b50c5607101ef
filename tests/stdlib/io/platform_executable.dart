// Platform.executable and resolvedExecutable name the running VM; executableArguments are
// the VM's own options (none here).
import 'dart:io';

void main() {
  print(Platform.executable.isNotEmpty);
  print(Platform.resolvedExecutable.startsWith("/"));
  print(File(Platform.resolvedExecutable).existsSync());
  print(Platform.executableArguments.where((a) => !a.startsWith("--")).toList());
}
// expect: true
// expect: true
// expect: true
// expect: []
