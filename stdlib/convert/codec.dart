// dart:convert's base classes: Codec (a pair of converters, fusable and invertible), Converter
// (fusable) and Encoding (a Codec between String and bytes, with getByName). The fused and
// inverted forms are private classes here. Streaming (bind, startChunkedConversion) is absent:
// dart:async is not there yet.

import 'dart:typed_data';

/// A pair of converters: [encoder] from S to T and [decoder] back.
abstract class Codec<S, T> {
  const Codec();

  T encode(S input) => encoder.convert(input);

  S decode(T encoded) => decoder.convert(encoded);

  Converter<S, T> get encoder;

  Converter<T, S> get decoder;

  /// This codec followed by [other]: encodes with this then [other], decodes in reverse.
  Codec<S, R> fuse<R>(Codec<T, R> other) => _FusedCodec<S, T, R>(this, other);

  /// This codec with encoder and decoder swapped.
  Codec<T, S> get inverted => _InvertedCodec<T, S>(this);
}

/// Converts a value of type S to one of type T.
abstract class Converter<S, T> {
  const Converter();

  T convert(S input);

  /// This converter followed by [other].
  Converter<S, TT> fuse<TT>(Converter<T, TT> other) => _FusedConverter<S, T, TT>(this, other);

  // Type arguments are erased, so a cast is the converter itself.
  Converter<RS, RT> cast<RS, RT>() => this as dynamic;
}

class _FusedConverter<S, M, T> extends Converter<S, T> {
  final Converter<S, M> _first;
  final Converter<M, T> _second;

  _FusedConverter(this._first, this._second);

  T convert(S input) => _second.convert(_first.convert(input));
}

class _FusedCodec<S, M, T> extends Codec<S, T> {
  final Codec<S, M> _first;
  final Codec<M, T> _second;

  _FusedCodec(this._first, this._second);

  Converter<S, T> get encoder => _first.encoder.fuse<T>(_second.encoder);

  Converter<T, S> get decoder => _second.decoder.fuse<S>(_first.decoder);
}

class _InvertedCodec<T, S> extends Codec<T, S> {
  final Codec<S, T> _codec;

  _InvertedCodec(this._codec);

  Converter<T, S> get encoder => _codec.decoder;

  Converter<S, T> get decoder => _codec.encoder;

  Codec<S, T> get inverted => _codec;
}

/// A Codec between strings and bytes.
abstract class Encoding extends Codec<String, List<int>> {
  const Encoding();

  /// The IANA name of the encoding ("utf-8", "us-ascii", "iso-8859-1").
  String get name;

  /// The encoding registered under [name] (any IANA alias, case-insensitive), or null.
  static Encoding? getByName(String? name) {
    if (name == null) return null;
    switch (name.toLowerCase()) {
      case "utf-8":
      case "utf8":
        return utf8;
      case "us-ascii":
      case "ascii":
      case "iso-ir-6":
      case "ansi_x3.4-1968":
      case "ansi_x3.4-1986":
      case "iso_646.irv:1991":
      case "iso646-us":
      case "us":
      case "ibm367":
      case "cp367":
      case "csascii":
        return ascii;
      case "iso-8859-1":
      case "latin1":
      case "l1":
      case "iso_8859-1:1987":
      case "iso-ir-100":
      case "iso_8859-1":
      case "ibm819":
      case "cp819":
      case "csisolatin1":
        return latin1;
    }
    return null;
  }
}
