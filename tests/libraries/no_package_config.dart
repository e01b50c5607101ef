// Without any package configuration a package: URI is a compile error that says so.
import 'package:greeting/greeting.dart'; // expect error: Couldn't resolve the package 'greeting' in 'package:greeting/greeting.dart': no package configuration was found (looked for .dart_tool/package_config.json in the script's folder and the folders above it).

void main() {}
