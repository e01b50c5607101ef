// Platform on Linux: the operating system, separators, processors and version strings.
import 'dart:io';

void main() {
  print(Platform.operatingSystem);
  print(Platform.isLinux);
  print([Platform.isMacOS, Platform.isWindows, Platform.isAndroid, Platform.isIOS,
      Platform.isFuchsia]);
  print(Platform.pathSeparator);
  print(Platform.lineTerminator == "\n");
  print(Platform.numberOfProcessors >= 1);
  print(Platform.version.isNotEmpty);
  print(Platform.operatingSystemVersion.startsWith("Linux"));
  print(Platform.localHostname is String);
}
// expect: linux
// expect: true
// expect: [false, false, false, false, false]
// expect: /
// expect: true
// expect: true
// expect: true
// expect: true
// expect: true
