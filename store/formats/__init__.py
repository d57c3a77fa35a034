"""Reading articles in and writing timelines out."""
