"""The ``tflm`` command line, on top of the library; nothing in the core imports it."""
