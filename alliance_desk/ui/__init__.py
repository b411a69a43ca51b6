"""The Qt desktop application. The only layer that imports Qt."""
