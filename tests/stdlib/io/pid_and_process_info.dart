// pid is a positive int; ProcessInfo reports a positive resident set size and maxRss.
import 'dart:io';

void main() {
  print(pid is int && pid > 0);
  print(ProcessInfo.currentRss > 0);
  print(ProcessInfo.maxRss > 0);
}
// expect: true
// expect: true
// expect: true
