// Platform.environment is an unmodifiable Map<String, String> of the process's environment.
import 'dart:io';

void main() {
  Map<String, String> env = Platform.environment;
  print(env.containsKey("PATH"));
  print(env["PATH"]!.isNotEmpty);
  print(identical(env, Platform.environment));
  try {
    env["ISLET_NEW"] = "x";
  } on UnsupportedError catch (e) {
    print(e);
  }
  print(env.containsKey("ISLET_NEW"));
}
// expect: true
// expect: true
// expect: true
// expect: Unsupported operation: Cannot modify unmodifiable map
// expect: false
