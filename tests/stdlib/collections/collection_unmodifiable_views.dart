// UnmodifiableListView and UnmodifiableMapView read through to their source and refuse
// changes with Dart's messages.
import 'dart:collection';

void main() {
  var source = [1, 2];
  var view = UnmodifiableListView(source);
  source.add(3);
  print(view);
  print(view.length);
  try { view.add(4); } catch (e) { print(e); }
  try { view[0] = 4; } catch (e) { print(e); }
  try { view.clear(); } catch (e) { print(e); }
  try { view.removeLast(); } catch (e) { print(e); }
  var map = {'a': 1};
  var mapView = UnmodifiableMapView(map);
  map['b'] = 2;
  print(mapView);
  print(mapView['b']);
  mapView['c'] = 3;
}
// expect: [1, 2, 3]
// expect: 3
// expect: Unsupported operation: Cannot add to an unmodifiable list
// expect: Unsupported operation: Cannot modify an unmodifiable list
// expect: Unsupported operation: Cannot clear an unmodifiable list
// expect: Unsupported operation: Cannot remove from an unmodifiable list
// expect: {a: 1, b: 2}
// expect: 2
// expect runtime error: Unsupported operation: Cannot modify unmodifiable map
