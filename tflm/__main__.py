"""``python -m tflm``: the same entry point as the ``tflm`` console script."""

from __future__ import annotations

from tflm.cli.main import main

if __name__ == "__main__":
    main()
