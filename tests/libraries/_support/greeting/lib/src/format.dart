// Imported with a relative URI from package:greeting/greeting.dart, so its own URI is
// package:greeting/src/format.dart.
String decorate(String text) => '<$text>';
