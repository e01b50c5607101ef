import 'package:greeting/greeting.dart';

String altGreeting() => greet('from alt');
