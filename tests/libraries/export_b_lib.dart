export 'export_cycle_lib.dart';

String b() => 'b';
String secretB() => 'secret b';

extension Twice on String {
  String get twice => this + this;
}
