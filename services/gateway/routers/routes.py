"""Placeholder until the routes service API lands."""

from fastapi import APIRouter

router = APIRouter()
