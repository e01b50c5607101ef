// A small Markdown-to-HTML converter: line-based block parsing, inline RegExp replacements with replaceAllMapped, HTML escaping, and a table of contents with slugs.
import 'dart:convert';

const doc = '''
# Getting *Started*

Welcome to **Islet**, a VM for `Dart`. See [the docs](https://example.com/docs?a=1&b=2).

## Install

1. Download the archive
2. Run `make && make install`
3. Enjoy <3

## Features

- Fast **startup**
- *Isolates* with ports
  - nested items are flattened
- Escapes: 5 > 3 & "quotes"

```
code <stays> *raw*
```

> Quote with __bold__ text.

---
Final line with trailing spaces.   
''';

final _escape = const HtmlEscape(HtmlEscapeMode.element);

String inline(String text) {
  var out = _escape.convert(text);
  out = out.replaceAllMapped(RegExp(r'`([^`]+)`'), (m) => '<code>${m[1]}</code>');
  out = out.replaceAllMapped(RegExp(r'\*\*([^*]+)\*\*|__([^_]+)__'), (m) => '<strong>${m[1] ?? m[2]}</strong>');
  out = out.replaceAllMapped(RegExp(r'\*([^*]+)\*|_([^_]+)_'), (m) => '<em>${m[1] ?? m[2]}</em>');
  out = out.replaceAllMapped(RegExp(r'\[([^\]]+)\]\(([^)\s]+)\)'), (m) => '<a href="${m[2]}">${m[1]}</a>');
  return out;
}

String slug(String title) => title
    .toLowerCase()
    .replaceAll(RegExp(r'[^a-z0-9\s-]'), '')
    .trim()
    .replaceAll(RegExp(r'\s+'), '-');

class Converter {
  final html = StringBuffer();
  final toc = <(int, String, String)>[];
  String? _list;

  void _closeList() {
    if (_list != null) {
      html.writeln('</$_list>');
      _list = null;
    }
  }

  void _openList(String tag) {
    if (_list == tag) return;
    _closeList();
    html.writeln('<$tag>');
    _list = tag;
  }

  String convert(String markdown) {
    final lines = const LineSplitter().convert(markdown);
    var inCode = false;
    final heading = RegExp(r'^(#{1,6})\s+(.*)$');
    final ordered = RegExp(r'^\d+\.\s+(.*)$');
    final bullet = RegExp(r'^\s*[-*]\s+(.*)$');
    for (final raw in lines) {
      final line = raw.trimRight();
      if (line.startsWith('```')) {
        _closeList();
        html.writeln(inCode ? '</pre>' : '<pre>');
        inCode = !inCode;
        continue;
      }
      if (inCode) {
        html.writeln(_escape.convert(line));
        continue;
      }
      if (heading.firstMatch(line) case final m?) {
        _closeList();
        final level = m[1]!.length;
        final text = m[2]!;
        final id = slug(text);
        toc.add((level, text.replaceAll('*', ''), id));
        html.writeln('<h$level id="$id">${inline(text)}</h$level>');
      } else if (ordered.firstMatch(line) case final m?) {
        _openList('ol');
        html.writeln('  <li>${inline(m[1]!)}</li>');
      } else if (bullet.firstMatch(line) case final m?) {
        _openList('ul');
        html.writeln('  <li>${inline(m[1]!)}</li>');
      } else if (line.startsWith('> ')) {
        _closeList();
        html.writeln('<blockquote>${inline(line.substring(2))}</blockquote>');
      } else if (line == '---') {
        _closeList();
        html.writeln('<hr>');
      } else if (line.isEmpty) {
        _closeList();
      } else {
        _closeList();
        html.writeln('<p>${inline(line)}</p>');
      }
    }
    _closeList();
    return html.toString().trimRight();
  }
}

void main() {
  final c = Converter();
  print(c.convert(doc));
  print('--- toc ---');
  for (final (level, text, id) in c.toc) {
    print('${'  ' * (level - 1)}* $text (#$id)');
  }
  final words = doc.split(RegExp(r'\W+')).where((w) => w.isNotEmpty).length;
  print('words: $words, lines: ${doc.split('\n').length}, chars: ${doc.length}');
  print(const HtmlEscape().convert('It\'s <b>"x"</b>'));
  print(const HtmlEscape(HtmlEscapeMode.attribute).convert('It\'s <b>"x"</b>'));
  print(slug('  Hello, World! 2024 '));
}

// expect: <h1 id="getting-started">Getting <em>Started</em></h1>
// expect: <p>Welcome to <strong>Islet</strong>, a VM for <code>Dart</code>. See <a href="https://example.com/docs?a=1&amp;b=2">the docs</a>.</p>
// expect: <h2 id="install">Install</h2>
// expect: <ol>
// expect:   <li>Download the archive</li>
// expect:   <li>Run <code>make &amp;&amp; make install</code></li>
// expect:   <li>Enjoy &lt;3</li>
// expect: </ol>
// expect: <h2 id="features">Features</h2>
// expect: <ul>
// expect:   <li>Fast <strong>startup</strong></li>
// expect:   <li><em>Isolates</em> with ports</li>
// expect:   <li>nested items are flattened</li>
// expect:   <li>Escapes: 5 &gt; 3 &amp; "quotes"</li>
// expect: </ul>
// expect: <pre>
// expect: code &lt;stays&gt; *raw*
// expect: </pre>
// expect: <blockquote>Quote with <strong>bold</strong> text.</blockquote>
// expect: <hr>
// expect: <p>Final line with trailing spaces.</p>
// expect: --- toc ---
// expect: * Getting Started (#getting-started)
// expect:   * Install (#install)
// expect:   * Features (#features)
// expect: words: 59, lines: 26, chars: 403
// expect: It&#39;s &lt;b&gt;&quot;x&quot;&lt;&#47;b&gt;
// expect: It's &lt;b&gt;&quot;x&quot;&lt;/b&gt;
// expect: hello-world-2024
